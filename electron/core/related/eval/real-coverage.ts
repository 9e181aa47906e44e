// Real multi-outlet coverage for the same-story evaluation: short excerpts of
// public news pages (headline, the outlet, its address, the opening of the
// text as the page stored it, boilerplate included) about twelve events,
// labelled by hand. Kept small on purpose: each excerpt is only the opening
// lines a feed would carry, with the page named so it can be checked.
//
// How it was built (docs/related-stories.md, "Real coverage"): for each event
// a few searches of a store of public web pages found reports by different
// outlets; every page kept was read and labelled with its event by hand.
// Events come in pairs of the same kind (two earthquakes, two plane crashes,
// two Federal Reserve rate rises seven weeks apart, two takeovers …) so a
// matcher is tested on telling one event from another of its kind.
// `split` assigns whole events to the development half (thresholds may be
// tuned on it) or the held-out half (reported, never tuned on).
// Headlines marked `titleFrom: 'address'` are the words of the page's own
// address, where the stored excerpt did not include the headline.

export interface RealArticle {
  event: string;
  split: 'dev' | 'held-out';
  outlet: string;
  url: string;
  title: string;
  titleFrom?: 'address' | 'lead';
  /** ISO 8601 date (and time when the page gave one), UTC. */
  published: string;
  text: string;
}

export const REAL_COVERAGE: RealArticle[] = [
  // ── Mexico: magnitude 7.4 earthquake in Oaxaca, 23 June 2020 (dev) ──
  {
    event: 'oaxaca-quake-2020', split: 'dev', outlet: 'BusinessLIVE (Reuters)',
    url: 'https://www.businesslive.co.za/bd/world/americas/2020-06-23-magnitude-74-earthquake-hits-southern-mexico-one-dead/',
    title: 'Magnitude 7.4 earthquake hits southern Mexico, one dead', published: '2020-06-23T20:30:00Z',
    text: 'One person dies in the state of Oaxaca. 23 June 2020 - 20:30 Julia Love. Picture: 123RF/LORENZOT81. Mexico City — A powerful earthquake of magnitude 7.4 struck the coast of southern Mexico on Tuesday, killing at least one person, buckling paved roads and setting off a tsunami warning along Pacific coastal areas. One person died in the state of Oaxaca, governor Alejandro Murat said, after the quake hit the Pacific coastal state midmorning. The country\'s seismological service said a tsunami on the Oaxaca coast was ongoing, with the sea level having risen 60cm at Huatulco beach, a popular destination for US and Canadian tourists. Mexico\'s civil protection agency recommended that residents move away from the coastline.',
  },
  {
    event: 'oaxaca-quake-2020', split: 'dev', outlet: 'Crisis24 (GardaWorld)',
    url: 'https://crisis24.garda.com/fr/product/356811',
    title: 'Mexico: Fatalities and damages reported following 7.4 magnitude earthquake near Santa Maria Zapotitlan (Oaxaca State) June 23; monitor local media sources /update 1', published: '2020-06-23T23:48:00Z',
    text: 'Skip to main content. At least four people have been killed and infrastructure damaged after a 7.4 magnitude earthquake struck near Santa Maria Zapotitlan (Oaxaca State) on June 23; aftershocks possible over the coming hours and days. Warning. Event. An earthquake with a magnitude of 7.4 hit near Santa Maria Zapotitlan (Oaxaca State) on Tuesday morning (local time), on June 23, resulting in the death of at least four people and causing damage to infrastructure in the surrounding areas. Oaxaca Governor Alejandro Murat stated that fatalities were reported due to the collapse of a building in Huatulco, as well as in the mountain village of San Juan Ozolotepec. Initial tsunami warnings were also issued for the Pacific coastline in Mexico, Honduras, El Salvador, Ecuador, and Guatemala.',
  },
  {
    event: 'oaxaca-quake-2020', split: 'dev', outlet: 'Dos Mundos',
    url: 'http://dosmundos.com/2020/06/26/five-dead-after-7-4-magnitude-earthquake-hits-southern-mexico/',
    title: 'Five dead after 7 4 magnitude earthquake hits southern Mexico', titleFrom: 'address', published: '2020-06-26T12:00:00Z',
    text: 'By Roberta Pardo. On Tuesday (June 23), a 7.4-magnitude earthquake hit Mexico\'s southern coastline, leaving at least five dead, officials said. Mexican President Andres Manuel Lopez Obrador said one person was killed in a building collapse in Huatulco, Oaxaca. Oaxaca Gov. Alejandro Murat confirmed a second person was killed in an apparent house collapse and a third died in circumstances he did not explain. Federal civil defense authorities reported two more deaths: a worker at the state-run oil company, Pemex, fell to his death from a refinery structure; and a man died in the village of San Agustin Amatengo, when a wall fell on him.',
  },
  {
    event: 'oaxaca-quake-2020', split: 'dev', outlet: 'TricksFast',
    url: 'https://tricksfast.com/earthquake-in-mexico-magnitude-7-4-earthquake-strikes-oaxaca/',
    title: 'Earthquake in Mexico: magnitude 7.4 earthquake strikes Oaxaca', published: '2020-06-24T02:00:00Z',
    text: 'The earthquake occurred at 10:29 am local time (11:29 am ET), with an epicenter 6.8 miles southwest of Santa María Zapotitlán in the state of Oaxaca, near El Coyul. At least five people were killed, according to the coordinator of the National Civil Protection Service of Mexico. Oaxaca state governor Alejandro Murat said a 22-year-old woman and man were among the dead. Oaxaca Health Services also reported earthquake damage to general hospitals in Pochutla, Puerto Escondido and Pinotepa Nacional and some community hospitals in other areas. According to Murat, two of the damaged hospitals have been dealing with coronavirus patients.',
  },
  {
    // A machine-reworded copy of the TricksFast text: syndication, not independent coverage.
    event: 'oaxaca-quake-2020', split: 'dev', outlet: 'Daily War News Blog',
    url: 'https://www.dailywarnewsblog.com/mexico-earthquake-a-magnitude-7-4-earthquake-hits-oaxaca/',
    title: 'Mexico earthquake: A magnitude 7.4 earthquake hits Oaxaca', titleFrom: 'address', published: '2020-06-23T22:00:00Z',
    text: 'The earthquake occurred at 10:29 am local time (11:29 am ET), and its epicenter was 6.8 km southwest of Santa Maria Zapotitlan in Oaxaca State, near El Cuyol. At least five people were killed, according to the National Civil Protection Service coordinator in Mexico. Oaxaca Governor Alejandro Murat said that among the dead was a 22-year-old woman and a man. The Oaxaca health services also reported earthquake damage to public hospitals in Pocutla, Puerto Escondido, Pinotiba Nacional and a few community hospitals in other regions. According to Murat, two of the hospitals that were damaged deal with coronavirus patients.',
  },
  {
    event: 'oaxaca-quake-2020', split: 'dev', outlet: '24hbongdda (New York Post copy)',
    url: 'https://24hbongdda.site/2020/06/23/7-4-magnitude-earthquake-in-mexico-leaves-at-least-one-dead',
    title: '7.4-magnitude earthquake in Mexico leaves at least one dead', published: '2020-06-23T18:00:00Z',
    text: 'A 7.4-magnitude earthquake near the southern Mexico resort of Huatulco appeared to have killed at least one person Tuesday morning — and created tremors that could be felt for miles, according to local reports and shocking video. The quake occurred around 10:30 a.m. local time, along the country\'s southern Pacific coast at a depth of 16 miles. The epicenter was 7 miles south-southwest of Santa Maria Zapotitlan in Oaxaca state, according to the U.S. Geological Survey. Tremors were reported throughout south and central Mexico and even in Guatemala. Some 2 million people felt strong or moderate shaking. With Post wires',
  },
  {
    event: 'oaxaca-quake-2020', split: 'dev', outlet: 'Yankees Unscripted',
    url: 'http://yankeesunscripted.com/2020/06/25/mexican-officials-raise-oaxaca-earthquake-death-toll-to-six.html',
    title: 'Mexican officials raise Oaxaca earthquake death toll to six', published: '2020-06-25T12:00:00Z',
    text: 'Katie Ramirez. June 25, 2020. Power was cut in some areas around Mexico, but there were no reports of injures, Fox News reported. The epicentre was 12km (seven miles) south-southwest of Santa Maria Zapotitlan in Oaxaca state. The epicenter was near the beach resort of Huatulco in Oaxaca state on the Pacific coast, according to the U.S. Geological Survey. Crash Bandicoot 4 Dazzles In Extended Gameplay Footage. Should someone go for a digital copy of Crash Bandicoot 4, they will have different costumes for Crash and Coco. A magnitude 7.4 quake struck the coast of southern Mexico on Tuesday, setting off a tsunami warning for the Pacific coast of Central and South America.',
  },
  // ── Taiwan: magnitude 7.4 earthquake near Hualien, 3 April 2024 (held-out) ──
  {
    event: 'hualien-quake-2024', split: 'held-out', outlet: 'OODA Loop',
    url: 'https://www.oodaloop.com/globalrisk/2024/04/03/taiwan-rescue-efforts-continue-after-900-injured-in-earthquake/',
    title: 'Taiwan rescue efforts continue after 900 injured in earthquake', titleFrom: 'address', published: '2024-04-03T12:00:00Z',
    text: 'A 7.4 magnitude earthquake struck Taiwan\'s eastern coast, resulting in at least nine deaths and over 900 injuries. With its epicenter near Hualien city, strong tremors were felt as far as Taipei, over 100km away, marking the strongest quake in 25 years. Triggering tsunami alerts in neighboring Japanese and Philippine islands, the earthquake caused significant damage in Hualien, including collapsed buildings and disrupted train lines. Landslides along the coast trapped numerous individuals in tunnels and mountainous areas, while rescue efforts continue amidst concerns over communication and supplies for those trapped. Despite offers of aid from allies, Taiwan declined assistance from China.',
  },
  {
    event: 'hualien-quake-2024', split: 'held-out', outlet: 'The Independent (South Africa)',
    url: 'https://www.theindependentco.co.za/2024/04/04/7-4-magnitude-earthquake-hits-taiwan/',
    title: '7.4 Magnitude earthquake hits Taiwan', published: '2024-04-04T08:00:00Z',
    text: 'TAIWAN – The death toll is at least nine with 963 injured after a massive earthquake struck Taiwan. Authorities warned that strong aftershocks could rock the densely populated island nation for several more days. Taiwan\'s National Fire Agency said more than 900 people were injured when the earthquake, measured as 7.2 magnitude by Taiwan officials and 7.4 by the U.S. Geological Survey, struck near the east coast city of Hualien at about 8 a.m. local time on Wednesday. Hualien is a popular tourist destination less than 100 miles of Taipei, where buildings swayed and some damage was reported. A small tsunami of half a foot was observed at Japan\'s Ishigaki Island.',
  },
  {
    event: 'hualien-quake-2024', split: 'held-out', outlet: 'Nation Thailand',
    url: 'https://www.nationthailand.com/world/asia-pacific/40036958',
    title: 'Taiwan television stations showed footage of buildings standing at precarious angles in Hualien', titleFrom: 'lead', published: '2024-04-03T10:00:00Z',
    text: 'Taiwan television stations showed footage of buildings standing at precarious angles in Hualien, where the 7.4-magnitude quake struck just offshore at about 8 am. "It was very strong. It felt as if the house was going to topple," said 60-year-old Taipei hospital worker Chang Yu-Lin. The quake struck at a depth of 15.5km, just as people were headed for work and school, setting off a tsunami warning for southern Japan and the Philippines that was later lifted. Taiwan\'s National Fire Agency said all the fatalities had been in Hualien county. Three people among a group of seven on an early-morning hike through the hills that surround the city were crushed to death by boulders loosened by the earthquake, officials said.',
  },
  {
    event: 'hualien-quake-2024', split: 'held-out', outlet: 'Talking Points Memo',
    url: 'https://talkingpointsmemo.com/gallery/taiwan-assesses-damage-after-7-4-magnitude-earthquake',
    title: 'Taiwan assesses damage after 7.4 magnitude earthquake', titleFrom: 'address', published: '2024-04-04T12:00:00Z',
    text: 'On Wednesday morning, a 7.4 magnitude earthquake rocked Taiwan\'s east coast during the morning rush hour. Search and rescue efforts are ongoing and have so far reported 9 people dead and about 900 injured. The quake caused landslides and damaged roads, bridges and tunnels. There is also substantial damage to both residential and business buildings. Taiwan experiences regular earthquakes, however the last one with comparable strength was a 7.7 magnitude in 1999.',
  },
  {
    // A different event: the swarm of aftershocks three weeks later.
    event: 'hualien-swarm-2024-04-23', split: 'held-out', outlet: 'The News (Reuters)',
    url: 'https://www.thenews.com.pk/print/1181321-series-of-earthquakes-rattle-taiwan',
    title: 'Series of earthquakes rattle Taiwan', published: '2024-04-23T06:00:00Z',
    text: 'By Reuters. April 23, 2024. TAIPEI: More than 80 earthquakes, the strongest of 6.3 magnitude, struck Taiwan\'s east coast starting Monday night and into the early hours of Tuesday and some caused shaking of buildings in the capital Taipei, the island\'s weather administration said. The quakes were centred on the largely rural eastern county of Hualien, where on April 3 at least 14 people died after a 7.2 magnitude temblor. The fire department in Hualien said early on Tuesday that a hotel which had already been damaged on April 3 was now slightly leaning on its side. Jake Paul Appears At Trump Rally In Kentucky As President Predicts Future Political Run - Lord Sear, Hiphop Radio Legend And Shade 45 Host, Dies At 53 - Selena Gomez, Benny Blanco\'s \'ideal\' Baby Timeline Revealed Amid Surrogacy Rumours -',
  },
  // ── Morocco: earthquake in Al Haouz, 8 September 2023 (held-out) ──
  {
    event: 'al-haouz-quake-2023', split: 'held-out', outlet: 'Libyan News Wire (Jordan News Agency)',
    url: 'https://libyannewswire.com/death-toll-of-morocco-earthquake-rise-to-1037/',
    title: 'Death toll of Morocco earthquake rise to 1037', titleFrom: 'address', published: '2023-09-09T14:00:00Z',
    text: 'Death toll of the earthquake that struck the Al Haouz province in central Morocco has risen to 1,037 dead and 1,204 injured, 721 of whom are in serious condition. The Royal Armed Forces were urgently deployed, following the earthquake, in addition to specialized units consisting of search and rescue teams, and a field medical and surgical hospital, Maghreb Arabe Press cited the Moroccan Ministry of Interior as saying. According to the National Center for Scientific and Technical Research in Rabat, the earthquake measured 7 degrees on the Richter scale, and its epicenter is located in the Al Haouz region, southwest of Marrakesh. Source: Jordan News Agency',
  },
  {
    event: 'al-haouz-quake-2023', split: 'held-out', outlet: 'CompareMela',
    url: 'https://comparemela.com/ampnews/morocco-earthquake-video',
    title: 'Morocco earthquake video', titleFrom: 'address', published: '2023-09-09T07:00:00Z',
    text: 'Morocco s Ministry of Interior early in the morning today confirmed that the 7-magnitude earthquake that struck several Moroccan cities across the country Friday night (September 08, 2023) caused the death of at least 296 and has left more than 153 injured.',
  },
  {
    event: 'al-haouz-quake-2023', split: 'held-out', outlet: 'SafetyLit',
    url: 'https://www.safetylit.org/citations/index.php?fuseaction=citations.viewdetails&citationIds%5B%5D=citjournalarticle_791889_14',
    title: 'The powerful earthquake in Morocco came as a significant surprise', titleFrom: 'lead', published: '2023-09-12T12:00:00Z',
    text: 'Abstract. The powerful earthquake in Morocco came as a significant surprise, leaving geologists astonished, as it struck on the night of Friday, September 9, in the Al Haouz region, located southwest of the city of Marrakech. It was a 6.8 magnitude earthquake on the Richter scale that struck on September 8, 2023, at 11:11 pm local time in the Al Haouz region in the Marrakech-Safi region of Morocco. The epicenter of the earthquake was located near the commune of Ighil, approximately 71.8 km southwest of Marrakech, at a depth of 18.5 km. According to the latest report published by the Moroccan Ministry of the Interior, the earthquake caused the collapse of around 50 000 residential buildings.',
  },
  // ── Ethiopian Airlines flight ET302 crash, 10 March 2019 (dev) ──
  {
    event: 'et302-crash-2019', split: 'dev', outlet: 'NewsX',
    url: 'https://www.newsx.com/world/ethiopian-airlines-boeing-737-max-with-157-on-aboard-crashes-between-ethiopia-and-kenya',
    title: 'Ethiopian Airlines Boeing 737 MAX with 157 on aboard crashes between Ethiopia and Kenya', published: '2019-03-10T10:00:00Z',
    text: 'An Ethiopian Airlines flight, carrying 149 passengers from Addis Ababa to Nairobi, crashed on Sunday morning, the country\'s Prime Minister Abiy Ahmed Ali confirmed. The ill-fated passenger jet had eight crew members on board. Taking to Twitter Abiy Ahmed expressed his deepest condolences to the families that have lost their loved ones in the Ethiopian Airlines Boeing 737 crash. The Boeing 737-800 MAX with registration number ET-AVJ took off from Addis Ababa at 08:38 am (local time). Flight ET 302 crashed near the town of Bishoftu, 62 kilometres southeast of the capital Addis Ababa, the airline confirmed. Meanwhile, search and rescue operations are in progress.',
  },
  {
    event: 'et302-crash-2019', split: 'dev', outlet: 'TASS',
    url: 'http://tass.com/world/1048470',
    title: 'Mourning the Ethiopia air crash victims', published: '2019-03-13T12:00:00Z',
    text: 'On March 10, an Ethiopian Airlines Boeing 737 MAX, en route from Addis Ababa to Kenya\'s Nairobi, crashed near the Ethiopian town of Bishoftu. Contact with the aircraft was lost six minutes after takeoff, the airline said. All 157 passengers and crewmembers on board the plane died. Much of the world, including the entire European Union, has grounded the Boeing jetliner involved in the Ethiopian Airlines crash or banned it from their airspace. Photo {{sliderIndex+1}} from 10. © AP Photo/Mulugeta Ayene. A family member puts a photo on flowers at the scene where the Ethiopian Airlines Boeing 737 Max 8 plane crashed shortly after takeoff.',
  },
  {
    event: 'et302-crash-2019', split: 'dev', outlet: 'Geekzone (forum, quoting a news report)',
    url: 'https://www.geekzone.co.nz/forums.asp?forumId=179&topicid=248119',
    title: 'A jetliner carrying 157 people crashed shortly after takeoff from the Ethiopian capital', titleFrom: 'lead', published: '2019-03-11T08:00:00Z',
    text: 'A jetliner carrying 157 people crashed shortly after takeoff from the Ethiopian capital yesterday, killing everyone aboard, authorities said. At least 35 nationalities were among the dead. It was not clear what caused the Ethiopian Airlines plane to go down in clear weather. But the accident was strikingly similar to last year\'s crash of a Lion Air jet that plunged into the Java Sea, killing 189 people. Both crashes involved the Boeing 737 Max 8, and both happened minutes after the jets became airborne. The Ethiopian pilot sent out a distress call and was given clearance to return to the airport, the airline\'s CEO told reporters.',
  },
  // ── Yeti Airlines flight YT691 crash at Pokhara, 15 January 2023 (held-out) ──
  {
    event: 'yt691-crash-2023', split: 'held-out', outlet: 'Aviation24.be',
    url: 'https://www.aviation24.be/airlines/yeti-airlines/atr-72-500-carrying-72-passengers-and-crew-crashes-in-nepal/',
    title: 'ATR 72-500 carrying 72 passengers and crew crashes in Nepal', titleFrom: 'address', published: '2023-01-15T12:00:00Z',
    text: 'On 15 January, a Yeti Airlines ATR 72-500 (registered 9N-ANC) operated domestic flight YT691 between Kathmandu and Pokhara, Nepal. The aircraft carried 68 passengers and 4 crew members. While landing at Pokhara, the flight crashed on the bank of the Seti River. The accident resulted in the deaths of all passengers and crew members. It is Nepal\'s worst air crash since the crash of Pakistan International Airlines Flight 268 in 1992. While Pokhara Airport was closed after the crash, a rescue operation was launched. The Government of Nepal summoned an emergency meeting. Indian aviation minister Jyotiraditya Scindia offered condolences.',
  },
  {
    event: 'yt691-crash-2023', split: 'held-out', outlet: 'Pledge Times',
    url: 'https://pledgetimes.com/nepal-the-path-of-the-yeti-airlines-plane-before-it-crashed-near-pokhara/',
    title: 'Nepal, the path of the Yeti Airlines plane before it crashed near Pokhara', titleFrom: 'address', published: '2023-01-15T15:00:00Z',
    text: 'It was recorded as the worst aviation disaster in 30 years in Nepal: Yeti Airline Flight YT691, a twin-engine ATR 72 aircraft, went down in a gorge near the Seti River at around 10:50 am local time, 6:05 am in Italy. According to some reconstructions, the pilot would have brought the vehicle into the gorge to avoid falling into a town. According to Pokhara airport spokesman, Anup Joshi, the plane crashed on approach to the airport, and he added that it was cruising at 12,500 feet and was in a normal descent. "The weather conditions were good." The government set up a commission to investigate the cause of the disaster.',
  },
  {
    event: 'yt691-crash-2023', split: 'held-out', outlet: 'Kasen Post',
    url: 'https://kasenpost.com/?p=3022',
    title: 'Nepal: A Yeti Airlines ATR-72 passenger plane crashed near the Seti River', titleFrom: 'lead', published: '2023-01-15T09:00:00Z',
    text: 'Nepal: A Yeti Airlines ATR-72 passenger plane crashed near the SETI River while trying to land at POKHARA International Airport. At least 32 of the 68 passengers and four colleagues were killed. According to the KATHMANDU POST, the plane was flying from KATHMANDU to POKHARA on Sunday morning, January 15, 2023. The report added that the plane caught fire when it crashed on the runway. Rescuers have been deployed to the crash site, and rescue operations are ongoing. A total of 68 passengers & four crew members were on board the Yeti airlines aircraft that crashed between the old airport and the Pokhara International Airport, Sudarshan Bartaula, spokesperson of Yeti Airlines: The Kathmandu Post pic.twitter.com/ap0Q02NivV',
  },
  {
    event: 'yt691-crash-2023', split: 'held-out', outlet: 'ITIJ',
    url: 'https://www.itij.com/latest/news/yeti-airlines-plane-crashes-nepal',
    title: 'Yeti Airlines plane crashes in Nepal', published: '2023-01-16T12:00:00Z',
    text: 'A Yeti Airlines ATR-72 commercial aircraft crashed into the Seti Gorge near Pokhara on Sunday 15 January, carrying 72 people on board. The aircraft, registration 9N-ANC, was carrying 68 passengers and four crew when it crashed into the gorge during a flight from Kathmandu to Pokhara. No passengers or crew are believed to have survived. Prior to the crash, the aircraft had been approaching to land at Pokhara Airport. The pilot had requested a change from the assigned runway 3, to runway 1. Mobile footage of the crash showed the plane banking extremely sharply as it approached the runway, before hitting the ground in the 300-metre deep gorge of the Seti river.',
  },
  // ── Microsoft agrees to buy Activision Blizzard, 18 January 2022 (dev) ──
  {
    event: 'microsoft-activision-2022', split: 'dev', outlet: 'The Economy Club',
    url: 'https://theeconomyclub.com/microsoft-to-acquire-activision-blizzard-in-68-7-billion-deal',
    title: 'Microsoft to acquire Activision Blizzard in $68.7 billion deal', published: '2022-01-18T15:00:00Z',
    text: 'Microsoft announced plans to acquire Activision Blizzard, the video game company behind blockbuster hits like "Warcraft," "Overwatch" and "Call of Duty," in an all-cash transaction valued at $68.7 billion. Microsoft says that the move will make the company the third-largest gaming company by revenue, after Tencent and Sony.',
  },
  {
    event: 'microsoft-activision-2022', split: 'dev', outlet: 'Concurrent Media',
    url: 'https://concurrentmedia.com/2022/01/18/microsoft-to-buy-activision-blizzard-in-mega-deal-worth-68-7-billion/',
    title: 'Microsoft to Buy Activision Blizzard in Mega-Deal Worth $68.7 Billion', published: '2022-01-18T17:00:00Z',
    text: 'Microsoft announced a deal to buy video-game player Activision Blizzard for $68.7 billion in cash. If it goes through, it would be Microsoft\'s biggest-ever acquisition — and by far the biggest deal ever in the video game biz — as well as the largest tech deal to date. With Activision Blizzard, Microsoft would become the world\'s third-largest gaming company by revenue, behind China\'s Tencent and Sony. Source: Microsoft to Buy Activision Blizzard in Mega-Deal Worth $68.7 Billion',
  },
  {
    event: 'microsoft-activision-2022', split: 'dev', outlet: 'One News Page',
    url: 'https://www.onenewspage.com/video/20220120/14187831/Microsoft-Acquires-Activision-Blizzard-For-68-Billion.htm',
    title: 'Microsoft Acquires Activision Blizzard For $68.7 Billion', published: '2022-01-19T12:00:00Z',
    text: 'Microsoft has announced plans to acquire Activision Blizzard in a deal worth $68.7 billion. This means IPs like Call of Duty, Warcraft, Diablo, Overwatch, Starcraft and Candy Crush will all be under the XBOX branding and available on XBOX GAME PASS and PC GAME PASS when the deal is complete.',
  },
  {
    event: 'microsoft-activision-2022', split: 'dev', outlet: 'Racing Game Central',
    url: 'https://racinggamecentral.com/tag/activision/',
    title: 'Microsoft Purchases Activision Blizzard', published: '2022-01-18T20:00:00Z',
    text: 'Microsoft has announced that they are acquiring Activision Blizzard in a $68.7 billion all-cash transaction vaulting Microsoft to third place [by revenue] among worldwide video companies – behind Tencent and Sony. Activision Blizzard\'s various divisions are responsible for popular video game franchises such as Warcraft, Diablo, Overwatch, Call of Duty, Crash Bandicoot and Candy Crush, […]',
  },
  {
    event: 'microsoft-activision-2022', split: 'dev', outlet: 'GearOpen',
    url: 'https://gearopen.com/gaming/microsoft-acquires-activision-blizzard-in-eye-watering-70b-deal-263106/',
    title: 'Microsoft acquires Activision Blizzard in eye-watering $70b deal', published: '2022-01-18T19:00:00Z',
    text: 'Those of us who thought Microsoft was done with big money gaming purchases after its $7.5 billion acquisition of ZeniMax Media last year were sorely mistaken, it seems. Today, Microsoft announced its intention to buy Activision Blizzard for a staggering $68.7 billion. Read more',
  },
  // ── Twitter accepts Elon Musk's $44bn offer, 25 April 2022 (held-out) ──
  {
    event: 'twitter-musk-deal-2022', split: 'held-out', outlet: 'MacRumors',
    url: 'https://www.macrumors.com/2022/04/25/elon-musk-purchasing-twitter/',
    title: 'Elon Musk purchasing Twitter', titleFrom: 'address', published: '2022-04-25T19:00:00Z',
    text: 'Twitter has agreed to Tesla CEO Elon Musk\'s offer to buy the company for $44 billion, Twitter announced today. Bloomberg was first to report early Monday morning that a deal between the two parties was imminent. Two weeks ago, Elon Musk offered to buy Twitter for $54.20 per share. Twitter and Musk, following weeks of speculation and public drama, agreed today to the $44 billion deal. Before his offer to outright purchase the platform, Musk purchased 9.2% of the company following heavy criticism of Twitter, on Twitter. In a statement, Musk said that he wants to make Twitter "better than ever" with new product features that will defeat spam bots and authenticate all humans.',
  },
  {
    event: 'twitter-musk-deal-2022', split: 'held-out', outlet: 'Cultura Colectiva',
    url: 'https://culturacolectiva.com/technology/elon-musk-buys-twitter/',
    title: 'Elon Musk buys Twitter', titleFrom: 'address', published: '2022-04-25T18:00:00Z',
    text: 'Elon Musk\'s offer of 44 billion dollars was accepted by Twitter this morning as the Social Media platform announced. For the past month, there\'s been talks between Twitter and the Tesla Mogul, Elon Musk, to buy actions on the company. Twitter has accepted U.S. entrepreneur Elon Musk\'s buyout offer for about $44 billion and will cease trading on the stock exchange. After a morning of speculation and Wall Street suspended trading in the face of an impending deal, the company said in a statement that Musk, through an entity, will pay $54.20 per share in the buyout. Breaking: Twitter accepted Elon Musk\'s bid to take over the company — The Wall Street Journal (@WSJ) April 25, 2022',
  },
  {
    event: 'twitter-musk-deal-2022', split: 'held-out', outlet: 'NewsBreak',
    url: 'https://original.newsbreak.com/@lisa-martens-561365/2583073364455-elon-musk-buys-twitter-for-44-billion',
    title: 'Elon Musk buys Twitter for 44 billion', titleFrom: 'address', published: '2022-04-25T22:00:00Z',
    text: 'Phone With Twitter Icon Souvik Banerjee. On Monday, April 25, Twitter accepted Elon Musk\'s buyout proposal. Musk offered to purchase Twitter at $54.20 per share for a total of $44 billion dollars. Twitter announced that upon the completion of the deal, the company would then be privately owned. Twitter trading stopped Monday afternoon just before the announcement. Shares were up 6%. Musk aspires to resolve bot problems on Twitter, introduce new products, and authenticate human beings on the platform. Musk also owns Tesla, SpaceX, The Boring Company, and Neuralink.',
  },
  {
    event: 'twitter-musk-deal-2022', split: 'held-out', outlet: 'Pledge Times',
    url: 'https://pledgetimes.com/elon-musk-becomes-owner-of-twitter-the-social-network-accepts-his-44-billion-offer/',
    title: 'Elon Musk becomes owner of Twitter: the social network accepts his 44 billion offer', titleFrom: 'address', published: '2022-04-25T21:00:00Z',
    text: 'USA.- Twitter accepted Elon Musk\'s offer to buy the app, it has been confirmed that the social media giant sold the platform to the CEO of Tesla and SpaceX, for $44 billion, the company said. Tesla\'s outspoken CEO, the richest person in the world, has said he wants to buy Twitter because it believes that it does not live up to its potential as a platform for "freedom of expression". Twitter it said it will become a private company after the sale closes. "Twitter it has a purpose and relevance that impacts the whole world," CEO Parag Agrawal said in a tweet.',
  },
  {
    event: 'twitter-musk-deal-2022', split: 'held-out', outlet: 'ABC News',
    url: 'https://abcnews.go.com/WNT/video/elon-musk-buy-twitter-44-billion-84304259',
    title: 'Elon Musk to buy Twitter for $44 billion', published: '2022-04-25T23:30:00Z',
    text: 'Twitter announced that Elon Musk, who is the CEO of SpaceX and Tesla, has bought the social media giant. Twitter\'s current shareholders will receive $54.20 for every share they own.',
  },
  {
    // A different, earlier event: Musk's offer and the board, a week before the deal.
    event: 'musk-twitter-offer-2022-04', split: 'held-out', outlet: 'The Quint',
    url: 'https://www.thequint.com/tech-and-auto/tech-news/elon-musk-swipe-twitter-board-of-directors',
    title: 'Elon Musk swipe Twitter board of directors', titleFrom: 'address', published: '2022-04-19T12:00:00Z',
    text: 'Last week, Musk had offered to buy out the company for $43 billion. Musk is the company\'s second-biggest shareholder, owning a 9.2 percent stake in the social media company. During a TED conference on Thursday, 14 April, Musk, who has been critical of Twitter\'s policies, said that his proposed acquisition of Twitter is not about money but free speech and "the future of civilisation". He had also asked his 80 million followers on Twitter if "taking Twitter private at $54.20 should be up to shareholders, not the board".',
  },
  // ── Federal Reserve raises rates by 0.75 points, 15 June 2022 (dev) ──
  {
    event: 'fed-hike-2022-06', split: 'dev', outlet: 'LegitGov',
    url: 'https://www.legitgov.org/fed-hikes-interest-rates-75-basis-points-largest-increase-1994',
    title: 'Fed Hikes Interest Rates By 75 Basis Points, Largest Increase Since 1994', published: '2022-06-15T20:00:00Z',
    text: '15 June 2022. The Federal Reserve has raised interest rates by 75 basis points, the single largest increase in nearly thirty years as inflation soars. The hike to the federal funds rate was announced Wednesday, after a meeting of the Federal Open Market Committee led by Chairman Jerome Powell. In the short-term, the Federal Reserve said that it would intend to bring the rate to a range of 1.5 percent to 1.75 percent. Of the eight-member committee, seven voted in favor of the hike while one member, Esther George, President of the Federal Reserve Bank of Kansas City, voted against the increase, preferring that it be 0.5 percent instead.',
  },
  {
    event: 'fed-hike-2022-06', split: 'dev', outlet: 'The Quint',
    url: 'https://www.thequint.com/amp/story/news/world/unite-states-federal-reserve-hikes-interest-rates-by-75-points-biggest-since-1994',
    title: 'United States Federal Reserve hikes interest rates by 75 points, biggest since 1994', titleFrom: 'address', published: '2022-06-16T04:00:00Z',
    text: 'Amid rising inflation, the United States Federal Reserve on Wednesday, 15 June, hiked interest rates by 75 basis points (bps) or three-quarters of a percentage point in the biggest such move since 1994. "The labor market is extremely tight, and inflation is much too high. Against this backdrop, today the Federal Open Market Committee raised its policy interest rate by 3/4 percentage point and anticipates that ongoing increases in the that rate will be appropriate," Fed Chair Jerome Powell said at a press conference on Wednesday. "From the perspective of today, either a 50 or 75 basis point increase seems most likely at our next meeting," he said.',
  },
  {
    event: 'fed-hike-2022-06', split: 'dev', outlet: 'TRT World',
    url: 'https://www.trtworld.com/article/12787692',
    title: 'The US Federal Reserve has raised its benchmark interest rate by 75 basis points', titleFrom: 'lead', published: '2022-06-15T19:00:00Z',
    text: 'The US Federal Reserve has raised its benchmark interest rate by 75 basis points, marking its biggest rate hike in 28 years. The Federal Open Market Committee (FOMC) said in a statement on Wednesday that it decided to raise the target range for the federal funds rate to 1.5 percent -1.75 percent range. The largest interest rate increase since 1994 was approved by all FOMC members, except for Kansas City Fed President Esther George who voted for a 50 basis point of rate hike. The FOMC added that it anticipates "ongoing increases in the target range will be appropriate." READ MORE:Global stocks suffer biggest decline in two years on recession fears',
  },
  {
    event: 'fed-hike-2022-06', split: 'dev', outlet: 'The Epoch Times',
    url: 'https://www.theepochtimes.com/fed-raises-interest-rates-by-three-quarters-the-largest-increase-in-28-years_4534321.html',
    title: 'Fed Raises Interest Rates by 0.75 Percentage Point, Largest Increase in 28 Years', published: '2022-06-15T21:00:00Z',
    text: 'Federal Reserve Board Chairman Jerome Powell speaks during a news conference following a meeting of the Federal Open Market Committee (FOMC) at the headquarters of the Federal Reserve in Washington on June 15, 2022. Drew Angerer/Getty Images. Andrew Moran. Updated: The Federal Reserve raised the benchmark interest rate by 75 basis points on June 15, the largest rate hike since November 1994, as part of its effort to tame soaring inflation. Federal Open Market Committee (FOMC) officials agreed to increase the Fed funds target range to between 1.5 percent and 1.75 percent. Andrew Moran. Author. Related Topics',
  },
  {
    event: 'fed-hike-2022-06', split: 'dev', outlet: 'The Daily Beast',
    url: 'https://www.thedailybeast.com/federal-reserve-hikes-interest-rates-by-075-to-combat-inflation',
    title: 'Federal Reserve Announces Biggest Interest Rate Hike in Decades', published: '2022-06-15T19:30:00Z',
    text: 'DESPERATE MEASURES. The Federal Reserve announced Wednesday afternoon it would hike interest rates by 0.75 percent instead of an expected increase of 0.50 percent. This is now the largest single interest rate hike since 1994, Yahoo Finance reported. In a statement, the Federal Reserve said it hopes to bolster employment rates and control rising inflation. Economic projections released Wednesday show interest rates to potentially rise 3.4 percent by the end of the year. "Overall economic activity appears to have picked up after edging down in the first quarter," the Federal Open Market Committee said in a statement.',
  },
  {
    event: 'fed-hike-2022-06', split: 'dev', outlet: 'Daily Economic',
    url: 'https://www.dailyeconomic.com/2022/06/17/fed-announces-rate-hike-by-75-basis-points/',
    title: 'Fed announces rate hike by 75 basis points', published: '2022-06-17T08:00:00Z',
    text: 'The U.S. Federal Reserve announced on June 15, local time, that it would raise the benchmark interest rate by 75 basis points to an annual level of 1.5-1.75%. This is the largest rate hike by the Fed since 1994. On June 16, Fed Chairman Powell said that inflation had unexpectedly risen since the Fed\'s May meeting. He also said that the next meeting is most likely to raise interest rates by 50 basis points or 75 basis points, and the move of raising interest rates by 75 basis points is not expected to become the norm. dow',
  },
  // ── Federal Reserve raises rates by 0.75 points again, 27 July 2022 (held-out) ──
  {
    event: 'fed-hike-2022-07', split: 'held-out', outlet: 'Crain\'s Chicago Business (Bloomberg)',
    url: 'https://www.chicagobusiness.com/economy/fed-raises-interest-rates-75-basis-points',
    title: 'Fed raises interest rates 75 basis points', titleFrom: 'address', published: '2022-07-27T19:00:00Z',
    text: '(Bloomberg) — Federal Reserve officials raised interest rates by 75 basis points for the second straight month, delivering the most aggressive tightening in more than a generation to curb surging inflation -- but risking a sharp blow to the economy. Policy makers, facing the hottest price pressures in 40 years, lifted the target range for the federal funds rate on Wednesday to 2.25% to 2.5%. That takes the cumulative June-July increase to 150 basis points -- the steepest rise since the price-fighting era of Paul Volcker in the early 1980s.',
  },
  {
    event: 'fed-hike-2022-07', split: 'held-out', outlet: 'WFXB',
    url: 'https://www.wfxb.com/2022/07/28/federal-reserve-announces-second-major-interest-hike-of-2022/',
    title: 'Federal Reserve Announces Second Major Interest Hike of 2022', published: '2022-07-28T12:00:00Z',
    text: 'The Federal Reserve raised the interest rate yesterday for the second time this year. After it\'s July monetary policy meeting, members of the U.S. central bank approved an interest rate hike of three-quarters of a percentage point and members voted unanimously in favor of the increase. Over the last three decades, the Fed has nudged its interest rate up or down by an average of 25 basis points but, last month the bank implemented a rate hike of three times that amount. The rate hike yesterday marks the first time in modern history that the bank raised rates by 75 basis points twice in a row.',
  },
  {
    event: 'fed-hike-2022-07', split: 'held-out', outlet: 'Business Report',
    url: 'https://www.businessreport.com/economy/fed-follows-through-on-large-rate-hike-aimed-at-taming-inflation',
    title: 'Fed follows through on large rate hike aimed at taming inflation', titleFrom: 'address', published: '2022-07-27T20:00:00Z',
    text: 'As predicted, the Federal Reserve today raised its benchmark interest rate by a hefty three-quarters of a point for a second straight time in its most aggressive drive in three decades to tame high inflation. The Fed\'s move will raise its key rate, which affects many consumer and business loans, to a range of 2.25% to 2.5%, its highest level since 2018. The central bank is betting that it can slow growth just enough to tame inflation yet not so much as to trigger a recession. The government is set to release its gross domestic product estimate for the April-June period on Thursday. Read the full story.',
  },
  {
    event: 'fed-hike-2022-07', split: 'held-out', outlet: 'SWF Institute',
    url: 'https://www.swfinstitute.org/news/93535/federal-reserve-hikes-interest-rate-0-75-percentage-points-for-second-consecutive-time',
    title: 'Federal Reserve Hikes Interest Rate 0.75 Percentage Points for Second Consecutive Time', published: '2022-07-28T10:00:00Z',
    text: 'Posted on 07/28/2022. The Federal Reserve on July 27, 2022, raised interest rates by 0.75% as the central bank attempts to avoid a deep recession and contain out-of-control inflation. Wednesday\'s decision was unanimously agreed upon by voting members of the Federal Open Market Committee (FOMC). The federal funds rate has increased from near-zero to a range of 2.25% to 2.5%. Federal Reserve Chairman Jerome (Jay) Powell said on July 27, 2022, that he does not believe the U.S. economy is in a recession. Keywords: Federal Reserve System. Get News, People, and Transactions, Delivered to Your Inbox',
  },
  {
    event: 'fed-hike-2022-07', split: 'held-out', outlet: 'Fox Business',
    url: 'https://www.foxbusiness.com/economy/fed-raises-interest-rates-75-basis-points-another-historic-move-tackle-inflation',
    title: 'Fed raises interest rates 75 basis points in another historic move to tackle inflation', titleFrom: 'address', published: '2022-07-27T18:30:00Z',
    text: 'The Federal Reserve on Wednesday raised its benchmark interest rate by 75 basis points for the second straight month as it tries to bring scorching-hot inflation under control, a move that threatens to slow U.S. economic growth and exacerbate financial pressure on Americans. The three-quarter percentage point hikes in June and July – the first since 1994 – underscore just how serious Fed officials are about tackling the inflation crisis. Policymakers voted unanimously to approve the latest super-sized hike. The move puts the key benchmark federal funds rate at a range between 2.25% to 2.50%. FEDERAL RESERVE HIKES RATES, POWELL\'S PRESS CONFERENCE: LIVE UPDATES',
  },
  {
    event: 'fed-hike-2022-07', split: 'held-out', outlet: 'The Daily Beast',
    url: 'https://thedailybeast.com/federal-reserve-hikes-interest-rate-by-075-percentage-point-for-second-time-this-year',
    title: 'Federal reserve hikes interest rate by 0.75 percentage point for second time this year', titleFrom: 'address', published: '2022-07-27T19:30:00Z',
    text: 'The Federal Reserve on Wednesday announced the decision to raise its benchmark interest rate by three-quarters of a percentage point, an expected strategy deployed in an effort to cool off rapid inflation. The rate increase is the fourth this year, and the second consecutive 0.75 percentage point jump. The Wednesday move takes the federal policy rate to a range of 2.25 to 2.5 percent, according to CNBC. Though Fed Chair Jerome Powell warned of the potential for "another unusually large increase" in the future, he added that it likely will become appropriate to slow the pace of increases.',
  },
  // ── Titan submersible lost near the Titanic wreck, confirmed 22 June 2023 (dev) ──
  {
    event: 'titan-implosion-2023', split: 'dev', outlet: 'Style Magazine',
    url: 'http://stylemagazine.com/news/2023/jun/22/tragic-fate-feared-oceangate-expeditions-and-us-co',
    title: 'Tragic Implosion Claims Lives of All Aboard Titanic-Bound Submersible, US Coast Guard Reports', published: '2023-06-22T19:19:00Z',
    text: 'Jo-Carolyn Goode | 6/22/2023, 2:19 p.m. The submersible en route to the Titanic, which went missing on Sunday with five individuals on board, experienced a devastating implosion, resulting in the loss of all lives, according to US Coast Guard Rear Adm. John Mauger on Thursday. The wreckage of the missing submersible, known as the "Titan," including the tail cone and other debris, was discovered approximately 1,600 feet from the Titanic\'s bow, resting at a depth of around 13,000 feet in the North Atlantic Ocean. Adm. Mauger stated during a press conference, "The sea floor is an incredibly harsh environment, and the debris recovered is indicative of a catastrophic implosion of the vessel."',
  },
  {
    event: 'titan-implosion-2023', split: 'dev', outlet: 'Online DNA News',
    url: 'https://onlinednanews.com/tragic-implosion-claims-lives-of-five-crew-members-aboard-missing-submersible-titan/',
    title: 'Tragic implosion claims lives of five crew members aboard missing submersible Titan', titleFrom: 'address', published: '2023-06-23T06:00:00Z',
    text: 'Thank you for reading this post, don\'t forget to subscribe! The US Coast Guard has confirmed that the five crew members aboard the missing submersible Titan met their demise in a "catastrophic implosion." The individuals on board were Oceangate Expeditions CEO Stockton Rush, Pakistani businessman Shahzada Dawood, his son Suleman, British billionaire Hamish Harding, and French adventurer Paul-Henri Nargeolet. During a press briefing, Rear Admiral John Mauger, the commander of the First Coast Guard District, revealed that a remotely operated vehicle (ROV) located debris from the Titan approximately 500 meters from the bow of the Titanic wreck.',
  },
  {
    event: 'titan-implosion-2023', split: 'dev', outlet: 'CNews Live English',
    url: 'https://cnewsliveenglish.com/news/24208/catastrophic-implosion-titan-pieces-five-declared-dead-sm',
    title: '\'Catastrophic Implosion\': Titan Found in Pieces, Five Onboard Declared Dead', published: '2023-06-23T04:00:00Z',
    text: 'London - The U.S. Coast Guard announced on Thursday that Titan, the deep-sea submersible, carrying five individuals on a voyage to explore the century-old wreck of the Titanic, was found in pieces due to a "catastrophic implosion," resulting in the loss of all lives on board. After a multinational five-day search for the vessel, a debris field from the submersible was discovered by a robotic diving vehicle deployed from a Canadian ship. Rear Admiral John Mauger of the U.S. Coast Guard confirmed the findings to reporters. The Titan, operated by OceanGate Expeditions, had been missing since losing contact with its surface support ship on Sunday morning.',
  },
  {
    event: 'titan-implosion-2023', split: 'dev', outlet: 'Nigeria Bombshell',
    url: 'https://www.nigeriabombshell.com/tag/titanic-submersible-implosion/',
    title: 'Five Titan Submersible Passengers Confirmed Dead After \'Catastrophic Implosion\'', published: '2023-06-22T22:00:00Z',
    text: 'Tag Titanic submersible implosion. five titan submersible passengers presumed dead. All five passengers aboard the 21-foot submersible Titan — owned by OceanGate Expeditions — are presumed dead following a "catastrophic implosion." Rear Admiral John Mauger, the commander of the U.S. Coast Guard leading the search, announced on Thursday at a…',
  },
  {
    event: 'titan-implosion-2023', split: 'dev', outlet: 'Firearm Rights',
    url: 'https://firearmrights.org/category/us-coast-guard',
    title: 'U.S. Coast Guard confirms deaths of missing Titan sub crew, vessel parts discovered near Titanic', published: '2023-06-22T21:00:00Z',
    text: 'Coast Guard. The United States Coast Guard has now confirmed that the found debris was part of the Titan, the missing submersible carrying five individuals. It was announced that there was a "catastrophic implosion" of the vessel.',
  },
  // ── The Ever Given blocks the Suez Canal, 23-24 March 2021 (dev) ──
  {
    event: 'ever-given-suez-2021', split: 'dev', outlet: 'One News Page',
    url: 'https://www.onenewspage.com/n/World/1zn0w5ag2v/Stuck-Container-Ship-Brings-Maritime-Traffic-To-Grinding.htm',
    title: 'Stuck Container Ship Brings Maritime Traffic To Grinding Halt', published: '2021-03-24T12:00:00Z',
    text: 'A stuck container ship has brought maritime traffic to a grinding halt in Suez Canal. The container ship, operating under the name Ever Given, became lodged in the middle of the Suez Canal on Tuesday, forcing maritime traffic to back up in one of the world\'s busiest waterways. The Panama-flagged container ship was en route...',
  },
  {
    event: 'ever-given-suez-2021', split: 'dev', outlet: 'FGA Cargo',
    url: 'https://fgacargo.com.cy/2021/03/global-news/giant-container-ship-ever-given-grounded-and-blocked-suez-canal/',
    title: 'Giant Container Ship EVER GIVEN grounded and blocked Suez canal', published: '2021-03-24T08:00:00Z',
    text: 'AIS data shows the MV Ever Given is stuck sideways within the canal, preventing ships from passing in either direction. Several tugs have been on scene for several hours working to dislodge the ship. An ultra-large containership is aground and blocking ship traffic in the Suez Canal. You are not leaving just like that right? Enter your details below and we will contact you to help with the best solution!',
  },
  {
    event: 'ever-given-suez-2021', split: 'dev', outlet: 'LatestLY',
    url: 'https://www.latestly.com/socially/social-viral/suez-canal-in-egypt-accidentally-gets-blocked-by-evergreens-mega-ship-causing-marine-traffic-jam-see-pics-2387223.html',
    title: 'Suez Canal in Egypt Gets Blocked by Evergreen\'s \'Mega Ship\'', published: '2021-03-24T06:00:00Z',
    text: 'Attempt to Pull It Is On! So, the #SuezCanal is blocked... Massive container ship EVER GIVEN stuck in the most awkward way possible. Ongoing for hours. Every tug Egypt could spare appear to be trying to pull it free. Vessel tracker: https://t.co/MsTUgVgyTH pic.twitter.com/08w4qpPqln — John Scott-Railton (@jsrailton) March 23, 2021',
  },
  {
    event: 'ever-given-suez-2021', split: 'dev', outlet: 'Yahoo News Canada',
    url: 'https://ca.news.yahoo.com/cargo-ship-could-stuck-suez-135858498.html',
    title: 'Cargo ship could be stuck in Suez Canal for weeks', published: '2021-03-25T14:00:00Z',
    text: 'The Ever Given ran aground in the Suez Canal on Tuesday, and at least 150 other vessels needing to pass through the crucial waterway are sitting idle. Efforts to refloat the ship have failed so far, and the waterway could remain blocked for weeks.',
  },
  // ── The Dali brings down Baltimore's Francis Scott Key Bridge, 26 March 2024 (held-out) ──
  {
    event: 'key-bridge-collapse-2024', split: 'held-out', outlet: 'Devdiscourse (Reuters)',
    url: 'https://www.devdiscourse.com/article/business/2869573-explainer-why-did-the-baltimore-bridge-collapse-and-what-do-we-know-about-the-ship',
    title: 'Explainer: Why did the Baltimore bridge collapse and what do we know about the ship?', titleFrom: 'address', published: '2024-03-26T15:00:00Z',
    text: 'Baltimore\'s Francis Scott Key Bridge collapsed early on Tuesday after a container ship smashed into the four-lane span, plunging cars into the river. WHAT HAPPENED IN BALTIMORE? At 1:27 a.m. ET (0527 GMT), a container ship named the Dali was sailing down the Patapsco River when it struck a pylon of the bridge, crumpling almost the entire structure into the water. There was no indication of terrorism, police said. ARE THERE ANY CASUALTIES? Baltimore officials said several vehicles plunged into the water. As many as seven people could be in the river. The Dali was leaving Baltimore en route to Colombo, Sri Lanka. All 22 crew have been accounted for, the ship\'s manager, Synergy Marine Group said.',
  },
  {
    event: 'key-bridge-collapse-2024', split: 'held-out', outlet: 'Old Salt Blog',
    url: 'https://www.oldsaltblog.com/tag/francis-scott-key-bridge/',
    title: 'Baltimore Key Bridge Collapses After Being Struck by Container Ship MV Dali', published: '2024-03-26T10:00:00Z',
    text: 'At approximately 1:30 AM this morning, the Singapore-flagged, 10,000 TEU container ship, MV Dali struck the southern support pillar of the Francis Scott Key Bridge, spanning the Patapsco River at the entrance to the Port of Baltimore, Maryland. The impact … Continue reading',
  },
  {
    event: 'key-bridge-collapse-2024', split: 'held-out', outlet: 'Lagos Metropolitan',
    url: 'https://lagosmetropolitan.com/tag/port-disruption',
    title: 'A colossal container ship collided with the Francis Scott Key Bridge', titleFrom: 'lead', published: '2024-03-26T18:00:00Z',
    text: 'In the early hours of Tuesday, a colossal container ship collided with the Francis Scott Key Bridge, causing a catastrophic collapse that sent vehicles and individuals plummeting into the Patapsco River below. The 948-foot Singapore-flagged vessel, identified as the Dali, struck the bridge, a vital artery for the Port of Baltimore.',
  },
  {
    event: 'key-bridge-collapse-2024', split: 'held-out', outlet: 'PM Bug',
    url: 'https://www.pmbug.com/tags/mv-dali/',
    title: 'Francis Scott Key Bridge collapses in Baltimore after ship strike', published: '2024-03-26T13:00:00Z',
    text: 'Sad............. Mar 26, 2024 The Francis Scott Key Memorial Bridge collapsed early Tuesday morning after a ship struck it, officials say. Rescue efforts are underway after several vehicles fell into the water below. 8:27',
  },
];
