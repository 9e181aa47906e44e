// Real multi-outlet coverage for the same-story evaluation: short excerpts of
// public news pages (headline, the outlet, its address, the opening of the
// text as the page stored it, boilerplate included) about thirty events,
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
// tuned on it) or the held-out half (reported, never tuned on). A second
// held-out group, `held-out-2` (twelve more events, added in a later round,
// 68 excerpts), was measured with the code as it stood before it was looked
// at, and is never used for a tuning decision: its events were picked to be
// hard (two hurricanes thirteen days apart in Florida, two plane crashes four
// days apart, one storm's floods in Greece and then Libya, two UK storms a
// day apart, two Fed cuts seven weeks apart, two eruptions at Grindavík four
// weeks apart), with wire copies and machine-reworded near-copies among them.
// A later round added six development events (35 excerpts) of one hard kind:
// two named storms in the same region a day or two apart whose coverage
// recalls the other (Isha then Jocelyn over Ireland and the UK; Ciarán over
// France, the Channel Islands and southern England, then Domingos on France's
// Atlantic coast; Malik then Corrie over Scotland and northern England). A
// headline naming both storms is labelled with the storm its report is about.
// Headlines marked `titleFrom: 'address'` are the words of the page's own
// address, where the stored excerpt did not include the headline.

export interface RealArticle {
  event: string;
  split: 'dev' | 'held-out' | 'held-out-2' | 'held-out-3';
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
  // ── Storm Isha: red warnings, deaths and power cuts across Ireland and the UK, 21-22 January 2024 (dev) ──
  {
    event: 'storm-isha-2024', split: 'dev', outlet: 'Farmers Journal',
    url: 'https://www.farmersjournal.ie/news/news/over-170-000-without-power-as-storm-isha-sweeps-across-ireland-801784',
    title: 'Over 170 000 without power as storm Isha sweeps across Ireland', titleFrom: 'address', published: '2024-01-21T12:00:00Z',
    text: 'Over 170,000 homes, farms and businesses are without power this Sunday evening as a result of severe winds from storm Isha. "While ESB Networks teams are restoring power where safe to do so, we expect that the number of customers without power will increase as storm Isha continues to tracks across the country. "The worst impacted counties are Mayo, Galway, Roscommon and Kerry. "Further outages overnight are expected, particularly in the northwest, with Met Éireann wind warnings remaining in place until the early hours of tomorrow morning," an ESB spokesperson said.',
  },
  {
    event: 'storm-isha-2024', split: 'dev', outlet: 'GB News',
    url: 'https://www.gbnews.com/weather/storm-isha-latest-uk-weather-warnings-wind-tornado-met-office?rebelltitem=7',
    title: 'Storm Isha claims another victim: Two dead after furious 100mph winds smash into UK', published: '2024-01-22T07:45:00Z',
    text: 'Storm Isha claims another victim: Two dead after furious 100mph winds smash into UK. Storm Isha claims another victim: Two dead after furious 100mph winds smash into UK. Storm Isha has caused widespread travel disruption across the UK. GB News. James Saunders. By James Saunders. Published: 22/01/2024 - 07:45. Updated: 22/01/2024 - 14:42. Two men dead as thousands left without power; transport disrupted across the UK. Hundreds of flights cancelled across the UK and Ireland with hundreds more axed in Amsterdam. 45,000 people left without power in Northern Ireland. Red wind warning issued for northern Scotland and yellow warning in place UK-wide until Wednesday.',
  },
  {
    event: 'storm-isha-2024', split: 'dev', outlet: 'The Independent',
    url: 'https://www.independent.co.uk/news/uk/home-news/storm-isha-tree-crash-northern-ireland-death-b2482720.html',
    title: 'Storm Isha death toll reaches four as man in his 60s dies in road crash', published: '2024-01-22T16:00:00Z',
    text: 'Stay up to date with notifications from The Independent. Notifications can be managed in browser preferences. Storm Isha death toll reaches four as man in his 60s dies in road crash. Four deaths across UK and Ireland as Storm Isha brings 99pmh winds. Matt Mathers. Monday 22 January 2024 16:00 GMT. Related video: Storm Isha blows suitcase across Edinburgh Airport tarmac. A fourth person has died as gale-force winds from Storm Isha wreak havoc across the UK and Ireland. A man in his sixties died in a collision on Broad Road in Limavady, Derry/Londonderry on Sunday night, police said. The van he was driving in collided with a fallen tree and another vehicle at around 9.45pm.',
  },
  {
    // Recalls the coming Storm Jocelyn; it reports Isha's aftermath.
    event: 'storm-isha-2024', split: 'dev', outlet: 'ITV News (UTV)',
    url: 'https://www.itv.com/news/utv/2024-01-22/storm-wreaks-havoc-killing-one-and-leaving-thousands-without-power',
    title: 'Storm wreaks havoc killing one and leaving thousands without power', titleFrom: 'address', published: '2024-01-22T12:00:00Z',
    text: 'Play Brightcove video. Storm Isha wreaked havoc across Northern Ireland with winds up to 81mph recorded, leaving one man dead after a crash and thousands without power. It was the worst storm in a decade. There was widespread disruption with emergency crews working through Monday to clear roads and restore power. It comes as another storm, Jocelyn, is to hit on Tuesday afternoon at around 4pm. Although it is not expected to be as severe as Isha. A man in his 60s was killed in a crash involving two vans and a fallen tree in Limavady, Co Londonderry, on Sunday night, police said.',
  },
  {
    // Names the coming Storm Jocelyn in its summary; it reports Isha's power cuts.
    event: 'storm-isha-2024', split: 'dev', outlet: 'BBC News',
    url: 'https://feeds.bbci.co.uk/news/articles/cxemy3p372vo',
    title: 'Thousands of homes without power after Storm Isha', published: '2024-01-22T12:00:00Z',
    text: 'Thousands of homes without power after Storm Isha. Candle light Image source, Getty images. Image caption, Areas in the north west of the country were some of the worst impacted by Storm Isha. At a glance. A number of homes in the Republic of Ireland could be without power for "a number of days" following Storm Isha. Work will continue to restore power, ESB Networks says. More than 68,000 homes were without power on Monday night. A status orange wind warning has been issued for three counties on Tuesday as Met Éireann names Storm Jocelyn. Published. Thousands of homes in the Republic of Ireland remain without power following Storm Isha.',
  },
  {
    event: 'storm-isha-2024', split: 'dev', outlet: 'Energy Live News',
    url: 'https://www.energylivenews.com/2024/01/22/storm-isha-powers-more-than-half-of-britain/',
    title: 'Storm Isha powers more than half of Britain', titleFrom: 'address', published: '2024-01-22T12:00:00Z',
    text: 'The impact of Storm Isha has been significant, contributing to the generation of 54% of UK electricity but also causing widespread power disruptions across the region. More than 40,000 households in Northern Ireland experienced power outages, a number that reduced from a peak of 53,000. Scotland and Cumbria also faced challenges, with 1,000 and 8,000 homes without power, respectively. Electricity North West has estimated a restoration time of 5pm on Tuesday, considering it a worst-case scenario. In the Republic of Ireland, more than 170,000 properties were affected by power cuts.',
  },
  // ── Storm Jocelyn: amber warnings, trains halted in Scotland, flooding in York, 23-24 January 2024 (dev), two days after Isha ──
  {
    // The headline names both storms; it reports Jocelyn's warning.
    event: 'storm-jocelyn-2024', split: 'dev', outlet: 'NationalWorld',
    url: 'https://www.nationalworld.com/news/weather/storm-jocelyn-met-office-amber-alert-issued-uk-braced-80mph-wind-speeds-storm-isha-wreaks-havoc-4488500',
    title: 'Storm Jocelyn: Met Office amber alert issued - UK braced for 80mph wind speeds after Storm Isha wreaks havoc', published: '2024-01-22T12:00:00Z',
    text: 'Storm Jocelyn: Met Office amber alert issued - UK braced for 80mph wind speeds after Storm Isha wreaks havoc. The Met Office has issued an amber alert as the UK braces for wind speeds of up to 80mph during Storm Jocelyn. Watch more of our videos on Shots! and live on Freeview channel 276. Visit Shots! now. An amber warning for wind has been issued as Storm Jocelyn is set to batter some parts of the UK with speeds of up to 80mph. This comes just one day after Storm Isha caused widespread destruction throughout the country, including travel disruptions and fatalities.',
  },
  {
    // The headline names both storms; it reports Jocelyn's forecast and recalls Isha.
    event: 'storm-jocelyn-2024', split: 'dev', outlet: 'The Sun Malaysia (Bernama, Anadolu)',
    url: 'https://thesun.my/world/uk-on-alert-as-storm-jocelyn-follows-in-the-wake-of-storm-isha-HC12016771',
    title: 'UK on alert as Storm Jocelyn follows in the wake of Storm Isha', titleFrom: 'address', published: '2024-01-23T12:00:00Z',
    text: 'LONDON: In the aftermath of Storm Isha, a new weather system, Storm Jocelyn, is poised to bring the United Kingdom (UK) additional challenges, warned the country’s meteorological office on Monday. Despite being weaker than its predecessor, Jocelyn is expected to deliver heavy rain and powerful winds across various regions, Anadolu Agency (AA) reported. Amber and yellow national severe weather warnings for wind have been issued covering much of the UK together with yellow warnings for rain covering parts of western and southern Scotland, and northwest England. “Although this system will be a step down relative to Storm Isha, with the damage and cleanup still underway, we could potentially see more impacts from Storm Jocelyn,“ said Meteorology Office Chief Meteorologist Steve Willington.',
  },
  {
    event: 'storm-jocelyn-2024', split: 'dev', outlet: 'STV News',
    url: 'https://news.stv.tv/scotland/storm-jocelyn-brings-travel-disruption-as-trains-across-scotland-to-be-suspended',
    title: 'Storm Jocelyn brings travel disruption as more wind and rain expected', published: '2024-01-23T12:00:00Z',
    text: 'Storm Jocelyn brings travel disruption as more wind and rain expected. It is the second time in three nights that rail services have been stopped due to extreme weather conditions. Latest updates. ScotRail services to be suspended from 7pm. Winds of up to 80mph expected in some areas. Thousands of homes were still without power on Monday night. Two people dead and one seriously injured following Storm Isha. Rail services across Scotland will be suspended from 7pm on Tuesday as Storm Jocelyn batters the country. It is the second time in three nights that rail services have been stopped due to extreme weather conditions.',
  },
  {
    event: 'storm-jocelyn-2024', split: 'dev', outlet: 'Shropshire Star (PA)',
    url: 'https://www.shropshirestar.com/news/uk-news/2024/01/23/no-trains-in-scotland-after-7pm-as-storm-jocelyn-brings-strong-winds-and-rain/',
    title: 'No trains in Scotland after 7pm as Storm Jocelyn brings strong winds and rain', titleFrom: 'address', published: '2024-01-23T12:00:00Z',
    text: 'No ScotRail trains will run in Scotland after 7pm as Storm Jocelyn sweeps in bringing more heavy wind and rain to the country. Rush hour services on Wednesday morning have also been cancelled due to expectations of extreme weather over the next 24 hours. The Met Office has issued yellow weather warnings for wind covering much of the UK, with an amber wind warning covering the west coast of Scotland, parts of the north and north east and Orkney between 6pm on Tuesday until 8am on Wednesday.',
  },
  {
    event: 'storm-jocelyn-2024', split: 'dev', outlet: 'The Yorkshire Post',
    url: 'https://www.yorkshirepost.co.uk/news/weather/storm-jocelyn-train-disruptions-and-cancellations-planes-diverted-and-flooding-in-yorkshire-4490563',
    title: 'Storm Jocelyn: Train disruptions and cancellations, planes diverted and flooding in Yorkshire', published: '2024-01-24T12:00:00Z',
    text: 'Storm Jocelyn: Train disruptions and cancellations, planes diverted and flooding in Yorkshire. Storm Isha moved across the country leaving chaos in it’s wake with downed trees, roofs blown off and even overturned a lorry – now Storm Jocelyn is bringing train disruptions and cancellations, plane diversions and flooding in Yorkshire. Storm Jocelyn is the tenth named storm in five months and only the second time in a UK storm season that the letter J has been reached in the alphabet. Storm seasons run from the start of September to the end of the following August and the first time the letter J was reached was in March 2016, with Storm Jake.',
  },
  {
    event: 'storm-jocelyn-2024', split: 'dev', outlet: 'Yahoo News Malaysia',
    url: 'https://malaysia.news.yahoo.com/thousands-remain-without-power-rail-131535466.html',
    title: 'Thousands remain without power but rail services resume after Storm Jocelyn', published: '2024-01-24T12:00:00Z',
    text: 'Thousands remain without power but rail services resume after Storm Jocelyn. Rail lines are beginning to reopen after Storm Jocelyn swept in, bringing travel disruption and leaving thousands without power. An amber weather warning was in place in parts of Scotland at the height of the storm while a yellow wind warning for much of the northern half of the UK has been extended until 3pm on Wednesday. ScotRail suspended its services at 7pm on Tuesday and through the Wednesday morning rush hour as the storm battered the country. Routes began to reopen from around lunchtime following safety checks, though ScotRail warned it will take time for the situation to return to normal.',
  },
  // ── Storm Ciarán: record winds in Brittany, a tornado in Jersey, amber warnings in southern England, 31 October-2 November 2023 (dev) ──
  {
    event: 'storm-ciaran-2023', split: 'dev', outlet: 'Brighton and Hove News',
    url: 'https://www.brightonandhovenews.org/2023/10/31/storm-ciaran-warning-upgraded-to-amber/',
    title: 'Storm Ciaran warning upgraded to amber', titleFrom: 'address', published: '2023-10-31T12:00:00Z',
    text: 'The Met Office has upgraded the weather warning for Storm Ciarán on Thursday to amber, saying winds may exceed 85mph in exposed coastal areas. A yellow warning for rain is also in place, with up to 6cm possible on higher ground. Large waves are expected to batter the south coast. The wind warning says: “On Thursday morning very strong west to southwesterly winds will develop over parts of the far south and southeast of England where gusts are likely to reach 70-80 mph in some coastal areas and may exceed 85 mph in a few of the most exposed English Channel coastal spots.',
  },
  {
    event: 'storm-ciaran-2023', split: 'dev', outlet: 'The Straits Times (Reuters)',
    url: 'https://www.straitstimes.com/world/europe/one-dead-as-storm-ciaran-hits-france',
    title: 'One dead as storm Ciaran hits France', titleFrom: 'address', published: '2023-11-02T12:00:00Z',
    text: 'PARIS - Storm Ciaran left one person dead and 1.2 million households without electricity on Thursday with parts of Brittany and Normandy on red alert for strong winds and the rest of the northwest on orange alert, officials said. In the Finistere department in Brittany, where winds of up to 207 km/h were recorded on the Pointe du Raz, two people were slightly injured and road traffic remained prohibited until further notice, local prefect Alain Espinasse told RTL radio. "I repeat: stay at home," Espinasse said. Transport Minister Clement Beaune told Fanceinfo radio that a truck driver died in the Aisne department, northeast of Paris when a tree fell on his truck.',
  },
  {
    event: 'storm-ciaran-2023', split: 'dev', outlet: 'Head Post',
    url: 'https://head-post.com/storm-ciaran-struck-western-europe',
    title: 'Storm Ciaran struck Western Europe', titleFrom: 'address', published: '2023-11-02T12:00:00Z',
    text: 'At least one person was killed and 1.2 million French homes were left without power in France on Thursday morning as Storm Ciaran slammed into Western Europe overnight. In France, wind speeds of up to 207 kilometres per hour were recorded on the Pointe du Raz, in the Finistère department in Brittany. 780,000 of the 1.2 million homes left without electricity were located in Brittany, the energy company Enedis reported on Thursday morning. Transport Minister Clément Beaune reported that a truck driver was killed in the Aisne department northeast of Paris on Thursday when a tree fell on his vehicle.',
  },
  {
    event: 'storm-ciaran-2023', split: 'dev', outlet: 'The Chronicle, Ghana (CNN)',
    url: 'https://thechronicle.com.gh/storm-ciaran-batters-france-and-england-cutting-1-million-off-power-grids',
    title: 'Storm Ciaran batters France and England cutting 1 million off power grids', titleFrom: 'address', published: '2023-11-02T12:00:00Z',
    text: 'Storm Ciarán has brought hurricane-strength winds to France, the Channel Islands and southern England, leaving more than a million people without access to electricity and forcing hundreds of schools to close. At least one person in France was killed, while 1.2 million people in the country were without power, as winds of over 120 kilometers per hour (75 miles per hour), and gusts of more than 200kmh (124mph) hit the department of Finistère in the northwest, according to the country’s meteorological agency Meteo-France. The wind speeds broke several local records.',
  },
  {
    event: 'storm-ciaran-2023', split: 'dev', outlet: 'BBC News',
    url: 'https://feeds.bbci.co.uk/news/world-europe-jersey-67297932',
    title: 'Storm Ciarán forces Jersey families out of homes', published: '2023-11-02T12:00:00Z',
    text: 'Storm Ciarán forces Jersey families out of homes. Published. Families forced from their homes in Jersey during Storm Ciarán have been put up in hotels, as winds of more than 100mph left fallen trees, flooded roads and ripped roofs from homes. A tornado and strong winds battered the island overnight, with 40 people evacuated from their homes. High tide swells surged on Victoria Avenue amid road closures, shut schools and cancelled flights and ferries. The government has assured residents medical supplies will remain available. There had been some concerns supplies could start to run out with the island effectively cut off.',
  },
  {
    event: 'storm-ciaran-2023', split: 'dev', outlet: 'ITV News (Channel)',
    url: 'https://itv.com/news/channel/2023-11-02/guernsey-still-likely-to-suffer-from-further-bad-weather',
    title: 'Storm Ciarán: Guernsey ‘still likely to suffer from further bad weather’, says Chief Minister', published: '2023-11-02T12:00:00Z',
    text: 'Storm Ciarán: Guernsey ‘still likely to suffer from further bad weather’, says Chief Minister. Fred Dimbleby reports on the damage in Guernsey. Guernsey\'s Chief Minister says the island will "still be likely to suffer from further bad weather" in the coming days, following the arrival of Storm Ciarán. An orange wind warning remains in place for the Channel Islands, where wind speeds of up to 104mph have been recorded. Deputy Peter Ferbrache has thanked the emergency services and volunteers for their "magnificent" support, but urged islanders to continue to be vigilant while unsettled weather continues.',
  },
  // ── Storm Domingos: orange warnings and 150 km/h gusts on France's Atlantic coast, 4-5 November 2023 (dev), two days after Ciarán ──
  {
    event: 'storm-domingos-2023', split: 'dev', outlet: 'The Local France',
    url: 'https://www.thelocal.fr/20231104/concern-as-storm-domingos-set-to-hit-france-on-saturday-evening',
    title: 'Concern as storm Domingos set to hit France on Saturday evening', titleFrom: 'address', published: '2023-11-04T12:00:00Z',
    text: 'Advertisement. Storm Domingos is expected to hit France on Saturday in the late afternoon, with some experts predicting 15-days-worth of precipitation falling in just 48 hours. The storm is expected to peak between 11pm and midnight. 11 French Departments have been issued with \'orange alerts\' by the country\'s meteorological agency, meaning residents of these areas should be \'very vigilant\' in light of the weather conditions. Along the west coast, Charente-Maritime and Gironde face a heightened risk of strong winds and coastal flooding, while strong winds are also expected in the Vendée, Deux-Sèvres, Vienne and Charente.',
  },
  {
    // The headline names both storms; it reports Domingos and recalls Ciarán.
    event: 'storm-domingos-2023', split: 'dev', outlet: 'Social Bites',
    url: 'https://socialbites.ca/news/france-braces-for-domingos-as-orange-alert-covers-13-regions-amid-ciarans-aftermath',
    title: 'France braces for Domingos as orange alert covers 13 regions amid Ciaran\'s aftermath', titleFrom: 'address', published: '2023-11-04T12:00:00Z',
    text: 'French authorities issued an orange climate alert across 13 regions as Hurricane Domingos advanced toward the mainland, arriving just days after the earlier storm Ciarán. France’s meteorological service issued warnings about the approaching cyclone, signaling heightened risk for coastal and inland areas alike. The Republic’s Minister of Internal Affairs, Gérald Darmanin, warned that the disaster could unfold in the coming hours and stressed that residents should heed official guidance. He noted that Domingos may generate powerful waves and rising floodwaters, urging the public to stay informed through official channels and to prepare for possible evacuations or sheltering measures as conditions evolve.',
  },
  {
    // A translation of the 20 Minutes (AFP) report.
    event: 'storm-domingos-2023', split: 'dev', outlet: 'All News Press (20 Minutes)',
    url: 'https://allnewspress.com/as-domingos-approaches-meteo-france-places-10-other-departments-on-orange-alert/',
    title: 'As Domingos approaches, Météo-France places 10 other departments on orange alert', published: '2023-11-04T12:00:00Z',
    text: 'As Domingos approaches, Météo-France places 10 other departments on orange alert. And once more. The extent of the damage caused by the passage of Ciaran has not yet been determined and the French coasts will have to withstand a new storm. Météo-France will place 10 new departments on orange alert on Saturday evening in the approach of storm Domingos which will cause “violent gusts of wind” on the Atlantic coast, meteorologists indicated in their latest bulletin. While Pas-de-Calais is still on orange “flood” vigilance, Vendée, Deux-Sèvres, Vienne, Charente-Maritime, Charente and Gironde will move to orange “wind” vigilance from 18 hours.',
  },
  {
    // The headline names both storms; it reports Domingos.
    event: 'storm-domingos-2023', split: 'dev', outlet: 'Daily News EN',
    url: 'https://dailynewsen.com/science/after-ciaran-the-domingos-storm-shakes-france-and-raises-fears-of-further.html?amp=1',
    title: 'After Ciaran, the Domingos storm shakes France and raises fears of further damage', published: '2023-11-05T12:00:00Z',
    text: 'After Ciaran, the Domingos storm shakes France and raises fears of further damage. Two days after Ciaran, a new storm called Domingos broke out on Saturday, November 4, in France, already affected by bad weather. From Pas-de-Calais to the Mediterranean and Corsica, via the Atlantic coast and New Aquitaine, around twenty departments are on orange alert for violent winds, rain, floods or strong waves. Domingos, a priori “less severe” than its predecessor according to Météo-France, could however cause new damage in areas already affected by Ciaran, which caused at least three deaths and dozens of injuries in France.',
  },
  {
    // A machine translation; "the death of Domingos in Brittany" in its address is garbled.
    event: 'storm-domingos-2023', split: 'dev', outlet: 'Leiria Economica',
    url: 'https://leiriaeconomica.com/storms-france-heals-its-wounds-after-the-death-of-domingos-in-brittany',
    title: 'Storms France heals its wounds after the death of Domingos in Brittany', titleFrom: 'address', published: '2023-11-05T12:00:00Z',
    text: 'Broken trees, upturned towers… Storm Domingos swept through France this weekend, leaving at least eight people injured, a day after an Enidis agent died on Saturday in Brittany following the violent storm Ciarán. This new autumn depression in three days, accompanied by very violent winds of up to 152 km/h in Lège-Cap-Ferret (Gironde) or 144 km/h in Cognac (Charentes), crossed the entire country during the night. From Saturday to Sunday, causing serious damage on the west coast, from the Vendée to Landais via Poitou-Charentes.',
  },
  // ── Storm Malik: a 93 mph gust, the Tyne and Wear Metro shut, two killed by falling trees, 28-29 January 2022 (dev) ──
  {
    event: 'storm-malik-2022', split: 'dev', outlet: 'Northsound (Hello Rayo)',
    url: 'https://hellorayo.co.uk/northsound/local/news/storm-malik-forecast-scotland',
    title: 'Storm Malik: Amber wind warning issued with 80mph gusts set to hit Scotland', published: '2022-01-28T12:00:00Z',
    text: 'Storm Malik: Amber wind warning issued with 80mph gusts set to hit Scotland. The weather front has been named by forecasters in Denmark. Waves crashing into Dunbar Harbour during Storm Arwen. Author: John CallanPublished 28th Jan 2022. Last updated 28th Jan 2022. High winds of up to 80mph are forecast to batter parts of the country this weekend, as the Met Office issues an amber weather warning for the arrival of Storm Malik. The whole of Scotland is covered by a yellow alert for wind, with the most severe gales expected along the east coast. That\'s the same stretch which was badly hit by Storm Arwen almost exactly two months ago.',
  },
  {
    event: 'storm-malik-2022', split: 'dev', outlet: 'BBC News',
    url: 'https://www.bbc.com/news/uk-england-tyne-60181656',
    title: 'Storm Malik: Tyne and Wear Metro shuts down entire system', published: '2022-01-29T12:00:00Z',
    text: 'Storm Malik: Tyne and Wear Metro shuts down entire system. Published. The Tyne and Wear Metro has been temporarily closed system-wide due to the impact of Storm Malik. Operator Nexus said services would be suspended until the high winds dropped and staff could carry out repairs. Gusts of up to 80mph are affecting some parts of the UK, with an amber warning for wind in place across the North East until 15:00 GMT. A Nexus spokesperson said damaged equipment at multiple locations had deemed the Metro "unsafe to operate". Customers are advised not to travel unless it is essential.',
  },
  {
    event: 'storm-malik-2022', split: 'dev', outlet: 'ITV News (Tyne Tees)',
    url: 'https://www.itv.com/news/tyne-tees/2022-01-29/travel-disruption-and-power-cuts-as-storm-malik-hits-north-east',
    title: 'Travel disruption and power cuts as Storm Malik hits North East', titleFrom: 'address', published: '2022-01-29T12:00:00Z',
    text: 'Gusts of up to 93mph have been recorded in the North East as Storm Malik causes damage and disruption across the region. Northern Powergrid says 36,000 customers are affected, predominantly in Northumberland and County Durham. More than 62,000 customers have experienced power outages in total since 4am this morning (January 29). Director, Paul Glendinning, said: "Our engineers continue to do everything possible to assess the scale of the damage and prioritise the repairs required." Damage to a car Fairles Street, South Shields. Credit: Adrian Jackson/Twitter. Travel is also disrupted, with the Tyne and Wear Metro having suspended its entire system.',
  },
  {
    event: 'storm-malik-2022', split: 'dev', outlet: 'Londoner News',
    url: 'https://londonernews.co.uk/2022/01/30/two-people-killed-by-falling-trees-as-storm-malik-hits-northern-parts-of-uk',
    title: 'Two people killed by falling trees as Storm Malik hits northern parts of UK', titleFrom: 'address', published: '2022-01-30T12:00:00Z',
    text: 'Two people have been killed by falling trees as Storm Malik battered northern parts of the UK on Saturday, cutting off power from thousands and causing widespread disruption. A nine-year-old boy died in hospital after a tree fell on him and a man in Winnothdale, near Stoke. Emergency services were called at 1pm on Saturday, and they were taken to the Royal Stoke university hospital. The man is still receiving treatment. Meanwhile, Police Scotland said a 60-year-old woman was fatally injured by a falling tree in Aberdeen as gusts of up to 85mph were recorded on the nearby Aberdeenshire coast.',
  },
  {
    event: 'storm-malik-2022', split: 'dev', outlet: 'The Scottish Mail on Sunday (PressReader)',
    url: 'https://www.pressreader.com/uk/the-scottish-mail-on-sunday/20220130/281556589219452',
    title: 'Killer storm: Boy, 9, among victims', published: '2022-01-30T12:00:00Z',
    text: 'The Scottish Mail on Sunday. Killer storm: Boy, 9, among victims. ● 3 die including Scots woman hit by tree, as well as trucker ● Chaos across country with winds reaching up to 147mph ● 65,000 homes blacked out – and it may get even worse today. - By Craig McDonald. THREE people were killed yesterday – including a nine-year-old boy – as Storm Malik wreaked havoc across the UK. Tragedy struck as parts of the country were hit by gusts of more than 100mph.',
  },
  {
    // Names the coming Storm Corrie; it reports Malik's power cuts.
    event: 'storm-malik-2022', split: 'dev', outlet: 'The Herald (Glasgow)',
    url: 'https://www.heraldscotland.com/news/homenews/19885669.storm-malik-ssen-declares-red-alert-thousands-without-power/?ref=rss',
    title: 'Storm Malik SSEN declares red alert thousands without power', titleFrom: 'address', published: '2022-01-30T12:00:00Z',
    text: 'Thousands of homes have been left without power after high winds from Storm Malik brought devastation to he energy grid across northern Scotland. Scottish and Southern Electricity Networks (SSEN) said the gales caused “significant damage” to its network and had left around 18,000 customers without supply as of Sunday at 11am. The company has moved to \'red alert\' status aas it struggles to repair the damage and prepare for the arrival of Storm Corrie. Rural Aberdeenshire is among the hardest hit areas and some customers in Angus, the Highlands, the Moray Coast and Perthshire are still waiting for supplies to be restored.',
  },
  // ── Storm Corrie: 92 mph at Stornoway, trains halted, more power cuts in the north of Scotland, 30-31 January 2022 (dev), a day after Malik ──
  {
    // The Independent's report as carried by inkl; the headline names both storms.
    event: 'storm-corrie-2022', split: 'dev', outlet: 'inkl (The Independent)',
    url: 'https://www.inkl.com/news/storm-corrie-heads-to-uk-with-90mph-winds-one-day-after-three-killed-in-storm-malik',
    title: 'Storm Corrie heads to UK with 90mph winds one day after three killed in Storm Malik', published: '2022-01-30T12:00:00Z',
    text: 'Get all your news in one place. 100’s of premium titles. One app. Start reading. The Independent UK. The Independent UK. National. Lamiat Sabin. Storm Corrie heads to UK with 90mph winds one day after three killed in Storm Malik. Gregor Fulton/PA. Northern parts of the UK are braced for the second storm in two days after three people were killed in Storm Malik. Storm Corrie is set to bring “very strong wind” and unsettled weather from today across Scotland. The Met Office has put an amber weather warning in place for the east coast of Scotland and north-east England. The rest of Scotland, Northern Ireland and parts of northern England have been under a yellow warning for wind.',
  },
  {
    event: 'storm-corrie-2022', split: 'dev', outlet: 'STV News',
    url: 'https://news.stv.tv/scotland/storm-corrie-homes-without-power-until-tuesday-as-second-storm-hits',
    title: 'Storm Corrie: Homes without power ‘until Tuesday’ as second storm hits', published: '2022-01-30T12:00:00Z',
    text: 'Storm Corrie: Homes without power ‘until Tuesday’ as second storm hits. ScotRail has cancelled all services on Sunday evening as Scotland prepares for more weather chaos. Storm Corrie: Homes without power ‘until Tuesday’ as second storm hits STV News. Homes could be left without power until Tuesday as Scotland braces for a second storm this weekend. The First Minister said the impact of Storm Corrie is “likely to be significant” in the wake of fatal Storm Malik which battered the country on Saturday. Nicola Sturgeon issued the warning after a 60-year-old woman in Aberdeen and a nine-year-old boy in Staffordshire were killed by falling trees.',
  },
  {
    event: 'storm-corrie-2022', split: 'dev', outlet: 'Edinburgh Evening News',
    url: 'https://www.edinburghnews.scotsman.com/news/weather/schools-shut-and-homes-without-power-as-scotland-battered-by-storm-corrie-3547970',
    title: 'Storm Corrie: Schools shut and homes without power as Scotland battered by 90mph gusts', published: '2022-01-31T07:23:00Z',
    text: 'Storm Corrie: Schools shut and homes without power as Scotland battered by 90mph gusts. A number of schools will be shut and thousands of people are without power after back to back storms battered Scotland. Monday, 31st January 2022, 7:23 am. Several schools in Aberdeenshire said they will be shut or delay opening on Monday as they struggled with power and heating problems. Storm Corrie moved eastwards across Scotland on Sunday and is set to push across the North Sea in the early hours of Monday. Winds of 92mph were recorded in Stornoway, on the Western Isles, as Storm Corrie began to hit the UK on Sunday night.',
  },
  {
    event: 'storm-corrie-2022', split: 'dev', outlet: 'BBC News',
    url: 'https://feeds.bbci.co.uk/news/uk-scotland-60187954',
    title: 'Storm Corrie: Power down \'until Tuesday\' as second storm begins', published: '2022-01-31T12:00:00Z',
    text: 'Storm Corrie: Power down \'until Tuesday\' as second storm begins. Published. Households in the north of Scotland could be without power until Tuesday after a second storm hit the region. About 37,000 homes were without power on Monday morning as Storm Corrie knocked out supplies to 30,000 customers. Engineers are still working to reconnect 7,000 customers who lost power during Storm Malik on Saturday. Deputy First Minister John Swinney said: "We\'re in for quite a challenging few days." He said transport arrangements could be affected by the storm and people should check before they travel on Monday morning. Storm Corrie hit Scotland on Sunday evening gusts of 92mph recorded at Stornoway.',
  },
  {
    event: 'storm-corrie-2022', split: 'dev', outlet: 'The Courier',
    url: 'https://thecourier.co.uk/fp/news/scotland/2959227/storm-corrie-scotland-winds',
    title: 'Storm Corrie Scotland winds', titleFrom: 'address', published: '2022-01-31T12:00:00Z',
    text: 'Storm Corrie battered Scotland with winds of up to 90mph last night, a day after Storm Malik wreaked havoc on Tayside and Fife. First Minister Nicola Sturgeon said the impact of Sunday night’s severe weather – which saw ScotRail halt trains across the country at 6pm – is “likely to be significant”. Its arrival came as many parts of Scotland were still assessing damage done by Saturday’s Storm Malik, which left 34,000 customers across the north of England and Scotland without power, including thousands in Angus and Perthshire.',
  },
  {
    // A look back written the next evening; the headline names both storms, the report is Corrie's.
    event: 'storm-corrie-2022', split: 'dev', outlet: 'Netweather',
    url: 'https://www.netweather.tv/weather-forecasts/news/11281-storm-corrie-brings-gusts-of-92mph-to-scotland-a-day-after-storm-malik',
    title: 'Storm Corrie brings gusts of 92mph to Scotland a day after Storm Malik', published: '2022-01-31T20:29:00Z',
    text: 'Storm Corrie brings gusts of 92mph to Scotland a day after Storm Malik. Storm Corrie followed hot on the heels of Storm Malik at the end of January 2022. With already weakened trees, thousands of homes lost power as gusts of 92mph hit Scotland. Storm Corrie brings gusts of 92mph to Scotland a day after Storm Malik. Blog by Jo Farrow. Issued: 31st January 2022 20:29. Updated: 2nd February 2022 09:55. The end of January 2022 saw a stormy weekend after a very dry, often settled and calm month. Storm Corrie was the third named storm from the Western storm naming group and hit Scotland during the night of Sunday 30th and Monday 31st.',
  },
  // ── Jeju Air flight 7C2216 crashes at Muan, South Korea, 29 December 2024 (held-out 2) ──
  {
    event: 'jeju-air-crash-2024', split: 'held-out-2', outlet: 'Finance Pulse',
    url: 'https://financepulse.blog/jeju-air-737-800-crash-muan-airport-179-dead-e8tbvg1t',
    title: 'Jeju Air 737-800 Crash at Muan Airport Kills 179', published: '2024-12-29T12:00:00Z',
    text: 'Tragedy at Muan International Airport as Jeju Air Co. 737-800 crashes, claiming 179 lives. Explore the details of this devastating aviation disaster. A Jeju Air Co. 737-800 aircraft crashed at Muan International Airport, killing 179 of 181 occupants.',
  },
  {
    event: 'jeju-air-crash-2024', split: 'held-out-2', outlet: 'Dwngo',
    url: 'https://dwngo.com/south-korea-plane-crash-claims-179-lives-bird-strike-suspected-1608.html',
    title: 'South Korea plane crash claims 179 lives, bird strike suspected', titleFrom: 'address', published: '2024-12-29T18:00:00Z',
    text: 'A devastating plane crash at Muan International Airport in South Korea on Sunday resulted in the deaths of 179 people. The Jeju Air flight, carrying 181 passengers and crew, veered off the runway upon landing and erupted into flames, marking the deadliest airline disaster of the year. The Boeing 737-800, which originated from Bangkok, Thailand, was reportedly carrying 175 passengers and six crew members. Authorities confirmed that at least two passengers were Thai, with the majority believed to be Korean nationals. Initial reports suggest that the pilot issued a mayday call after encountering a bird strike, according to Joo Jong-wan, director of the Aviation Policy Division at South Korea\'s Ministry of Land, Infrastructure and Transport.',
  },
  {
    event: 'jeju-air-crash-2024', split: 'held-out-2', outlet: 'As It Breaks (AP)',
    url: 'https://asitbreaks.com/?p=2041',
    title: 'A Jeju Air passenger plane crashed and burst into flames Sunday morning at Muan airport', titleFrom: 'lead', published: '2024-12-29T15:00:00Z',
    text: 'SEOUL, South Korea (AP) — A Jeju Air passenger plane crashed and burst into flames Sunday morning at Muan airport, killing 179 people in one of South Korea\'s deadliest aviation disasters, after its front landing gear apparently failed to deploy. The Boeing 737-800 jet, arriving from Bangkok, skidded off the runway at 9:03 a.m., crashed into a concrete wall, and exploded, according to the Transport Ministry. Only two crew members survived the crash, which occurred about 290 kilometers south of Seoul. "Workers are looking into various possibilities about what caused the crash, including whether the aircraft was struck by birds," said Lee Jeong-hyeon, chief of the Muan fire station.',
  },
  {
    event: 'jeju-air-crash-2024', split: 'held-out-2', outlet: 'KBS News',
    url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8141165',
    title: 'Yesterday morning, a Jeju Air passenger plane crashed into the runway barrier at Muan International Airport', titleFrom: 'lead', published: '2024-12-30T00:00:00Z',
    text: 'date 2024-12-30 News Today. [LEAD] Yesterday morning, a Jeju Air passenger plane crashed into the runway barrier at Muan International Airport. This resulted in an explosion that killed 179 of the 181 people on board. [REPORT] A plane skating down the runway crashes into a wall. Soon, thick black smoke rises with towering flames. The accident occurred at 9:03 a.m on Sunday. The passenger plane attempted a belly landing without deploying its landing gear, crashing into a wall at the end of the runway. Bang Geon-jun / Witness. I felt a vibration before I heard a bang a few seconds later.',
  },
  {
    event: 'jeju-air-crash-2024', split: 'held-out-2', outlet: 'Ru24 (Big News Network / WAM)',
    url: 'https://m.ru24.net/smi/bignewsnetwork-com/394812352',
    title: '179 confirmed dead out of 181 aboard in South Korean plane crash in Muan', published: '2024-12-29T14:00:00Z',
    text: 'SEOUL, 29th December, 2024 (WAM) -- A passenger jet carrying 181 people belly-landed and exploded at an airport in South Korea\'s southwestern county of Muan on Sunday, killing 179 with two others having been rescued, authorities said. According to the South Korean Yonhap News Agency, the accident happened at around 9 a.m. when the Jeju Air plane, carrying 175 passengers and six crew members, veered off the runway',
  },
  // ── Azerbaijan Airlines flight J2-8243 crashes near Aktau, Kazakhstan, 25 December 2024 (held-out 2), four days before Jeju Air ──
  {
    event: 'azal-aktau-crash-2024', split: 'held-out-2', outlet: 'Abasiama Blog',
    url: 'https://abasiamablog.com/2024/12/26/tragic-embraer-190-crash-near-aktau-leaves-38-dead-32-survivors',
    title: 'Tragic Embraer 190 crash near Aktau leaves 38 dead, 32 survivors', titleFrom: 'address', published: '2024-12-26T08:00:00Z',
    text: 'An Embraer 190 aircraft crashed approximately three kilometers (1.8 miles) from the Kazakh city of Aktau while attempting an emergency landing. Kazakhstan\'s Deputy Prime Minister Kanat Bozumbayev confirmed the incident, stating that 38 people had died. The plane was traveling from Baku, Azerbaijan, to Grozny, Russia, when the crash occurred. According to Azerbaijan\'s prosecutor general\'s office, 32 passengers survived the crash.',
  },
  {
    // Rewritten from the same wire text as the Abasiama Blog item: a near-copy.
    event: 'azal-aktau-crash-2024', split: 'held-out-2', outlet: 'Bees Reign Media',
    url: 'https://beesreignmedia.com/at-least-38-killed-in-azerbaijan-airlines-plane-crash-near-aktau',
    title: 'At least 38 killed in Azerbaijan Airlines plane crash near Aktau', titleFrom: 'address', published: '2024-12-25T20:00:00Z',
    text: 'At least 38 people were killed when an Azerbaijan Airlines passenger plane crashed near the Kazakh city of Aktau. The Embraer 190 aircraft, carrying 62 passengers and five crew members, went down on Wednesday after attempting an emergency landing about three kilometers (1.8 miles) from Aktau. Kazakhstan\'s Deputy Prime Minister Kanat Bozumbayev confirmed the death toll, stating, "The situation is not very good, 38 dead," as reported by Russia\'s Interfax news agency. The plane was en route from Baku, the Azerbaijani capital, to Grozny in Russia\'s North Caucasus.',
  },
  {
    event: 'azal-aktau-crash-2024', split: 'held-out-2', outlet: 'AM1 News (Novaya Gazeta Europe)',
    url: 'https://am1.news/usconservative/topic/novayagazeta/6-slug-plane-heading-for-chechen-capital-grozny-crashes-in-kazakhstan-novaya-gazeta-europe',
    title: 'Plane heading for Chechen capital Grozny crashes in Kazakhstan', titleFrom: 'address', published: '2024-12-25T12:00:00Z',
    text: 'A passenger plane flying from the Azerbaijani capital Baku to Grozny, the capital of Chechnya, crashed while coming into land at Aqtau Airport in southwestern Kazakhstan on Wednesday, local Telegram channel Orda has reported. The 67 people on board — 62 passengers and five crew members — included 16 Russians, 37 Azerbaijanis, six Kazakhs and three Kyrgyz, state-affiliated news outlet RBC said. Of those, 29 are known to have survived, according to the Kazakh Emergency Situations Ministry, over 20 of whom have been hospitalised.',
  },
  {
    event: 'azal-aktau-crash-2024', split: 'held-out-2', outlet: 'Zee News',
    url: 'https://zeenews.india.com/world/azerbaijan-airlines-plane-crash-passenger-records-moments-before-and-after-the-aircraft-crashed-in-kazakhstan-watch-video-2835842.html',
    title: 'Azerbaijan Airlines plane crash: passenger records moments before and after the aircraft crashed in Kazakhstan, watch video', titleFrom: 'address', published: '2024-12-26T10:00:00Z',
    text: 'Azerbaijan Airlines Plane Crash: A spine-chilling video of the doomed aircraft J2-8243 of Azerbaijan airlines has been widely shared across social media, the clip captures the harrowing moments before and after the plane crashed 3 Km away from Aktau airport in Kazakhstan on Wednesday. Of all the 67 people on board, 38 were killed in the crash. The Embraer 190 aircraft took off from Azerbaijan\'s capital Baku and was bound to reach Grozny in Chechnya in southern Russia.',
  },
  {
    event: 'azal-aktau-crash-2024', split: 'held-out-2', outlet: 'Mint',
    url: 'https://www.livemint.com/news/world/azerbaijan-airlines-crash-survivors-reveal-terrifying-sounds-before-disaster-it-felt-like-the-plane-was-drunk-11735310253707.html',
    title: 'Azerbaijan Airlines crash survivors reveal terrifying sounds before disaster: it felt like the plane was drunk', titleFrom: 'address', published: '2024-12-27T12:00:00Z',
    text: 'Azerbaijan Airlines Flight J2-8243, en route from Baku to Grozny, crashed in a fiery explosion near Aktau, Kazakhstan, on Wednesday, leaving at least 38 people dead and 29 survivors. Passengers and crew members aboard the flight have shared harrowing accounts of what occurred in the moments leading up to the crash. Subhonkul Rakhimov, a passenger who survived the ordeal, told Reuters from the hospital that he heard at least one loud bang as the plane approached its original destination of Grozny.',
  },
  {
    event: 'azal-aktau-crash-2024', split: 'held-out-2', outlet: 'Newser',
    url: 'https://www.newser.com/story/361623/pilots-praised-as-heroes-in-crash-with-29-survivors.html',
    title: 'Pilots praised as heroes in crash with 29 survivors', titleFrom: 'address', published: '2024-12-27T14:00:00Z',
    text: 'Incredibly, almost half of the passengers aboard Azerbaijan Airlines flight J2-8243 survived when the plane went down in Kazakhstan on Christmas day. Among the 38 killed were the two pilots, but the airline was hailing those pilots and the rest of the crew as heroes, saying they saved the lives of the 29 survivors, Business Insider reports. "The crew\'s valiant dedication to their duties until the last moment and their prioritization of human life have immortalized their names in history," airline president Samir Rzayev said in a statement.',
  },
  // ── Hurricane Helene makes landfall in Florida's Big Bend, 26-27 September 2024 (held-out 2) ──
  {
    event: 'hurricane-helene-2024', split: 'held-out-2', outlet: 'Homeland Security Today (CBS News)',
    url: 'https://www.hstoday.us/subject-matter-areas/emergency-preparedness/hurricane-helene-could-bring-catastrophic-and-deadly-storm-surge-to-parts-of-florida-gulf-coast/',
    title: 'Hurricane Helene could bring catastrophic and deadly storm surge to parts of Florida Gulf Coast', titleFrom: 'address', published: '2024-09-26T12:00:00Z',
    text: 'Hurricane Helene was moving across the eastern Gulf of Mexico early Thursday toward an expected landfall over Florida\'s Big Bend Coast Thursday evening and could bring "catastrophic winds and storm surge to the northeastern Gulf Coast," the National Hurricane Center said. "Preparations to protect life and property should be rushed to completion," the center urged. Helene had maximum sustained winds of 85 mph overnight Thursday, making it a Category 1 storm. Read the rest of the story at CBS News.',
  },
  {
    event: 'hurricane-helene-2024', split: 'held-out-2', outlet: 'NorthEscambia.com',
    url: 'http://www.northescambia.com/2024/09/devastating-hurricane-helene-makes-landfall-as-category-4-near-perry-florida',
    title: 'Devastating Hurricane Helene Makes Landfall As Category 4 Near Perry, Florida', published: '2024-09-27T06:00:00Z',
    text: 'Hurricane Helene made a devastating landfall in the Florida Big Bend region late Wednesday night, bringing with it catastrophic winds and storm surge. The powerful storm, which had been intensifying rapidly in the Gulf of Mexico, came ashore just east of the mouth of the Aucilla River as a Category 4 hurricane with maximum sustained winds of 140 mph. The eye of Helene passed directly over Perry, Florida, a city of about 10,000 people, around 11:10 p.m. EDT.',
  },
  {
    event: 'hurricane-helene-2024', split: 'held-out-2', outlet: 'WFTV',
    url: 'https://www.wftv.com/news/local/live-updates-hurricane-helene-makes-landfall-big-bend/JAYDIYQYNBGBBAF67JXODPGMDE/',
    title: 'Live updates: Hurricane Helene makes landfall in Big Bend', titleFrom: 'address', published: '2024-09-27T03:30:00Z',
    text: 'ORLANDO, Fla. — Helene has made landfall in the Florida Big Bend as a Category 4 major hurricane. The storm made landfall just east of the mouth of the Aucilla River. This is 10 miles west-southwest of Perry. Winds are at 140 mph with a minimum pressure of 938 mb. This is the strongest hurricane to hit the Big Bend area in recorded history.',
  },
  {
    event: 'hurricane-helene-2024', split: 'held-out-2', outlet: 'Montana Express (NBC News)',
    url: 'https://montana-express.com/2024/09/27/tracking-hurricane-helene-path-forecast-and-status/',
    title: 'Tracking Hurricane Helene: path, forecast and status', titleFrom: 'address', published: '2024-09-27T10:00:00Z',
    text: 'Hurricane Helene made landfall in Florida\'s Big Bend region as a Category 4 hurricane with maximum sustained winds of 140 mph. The eye of the storm hit about 10 miles west-southwest of Perry, Florida, around 11:10 p.m. ET before moving inland towards southern Georgia. By 1 a.m. Friday, it had weakened to a Category 2 hurricane with winds of 110 mph as it moved into Georgia. Photo credit www.nbcnews.com',
  },
  {
    event: 'hurricane-helene-2024', split: 'held-out-2', outlet: '1070 The Zone (iHeart)',
    url: 'https://1070thezone.iheart.com/content/2024-09-27-hurricane-helene-makes-landfall-as-a-category-4-storm/',
    title: 'Hurricane Helene Makes Landfall As A Category 4 Storm', published: '2024-09-27T05:00:00Z',
    text: 'placeholder image. Hurricane Helene made landfall along the Florida Big Bend region, about 10 miles west-southwest of Perry and just east of the mouth of the Aucilla River, at 11:10 p.m. ET on Thursday (September 26) night as a catastrophic Category 4 storm with sustained winds of 140 mph. One of the biggest threats is the "unsurvivable" storm surge that could top 20 feet in low-lying areas. Sponsored Content',
  },
  {
    event: 'hurricane-helene-2024', split: 'held-out-2', outlet: 'Red Zone Weather',
    url: 'https://redzoneweather.com/?p=84334',
    title: 'Hurricane Helene has made landfall in Taylor County, Florida', titleFrom: 'lead', published: '2024-09-27T03:40:00Z',
    text: 'Hurricane Helene has made landfall in Taylor County, Florida as a category 4 hurricane with maximum winds near 140 mph. Major hurricane force winds possible in parts of Florida and southern Georgia over the next few hours. Detailed update: https://t.co/JO3rza2dxo pic.twitter.com/FwmekvUblY — Spinks Megginson (@rzweather) September 27, 2024',
  },
  // ── Hurricane Milton makes landfall near Siesta Key, Florida, 9 October 2024 (held-out 2), thirteen days after Helene ──
  {
    event: 'hurricane-milton-2024', split: 'held-out-2', outlet: 'swissinfo.ch (Reuters)',
    url: 'https://www.swissinfo.ch/eng/hurricane-milton-makes-landfall-near-siesta-key-florida%2C-us-nhc-says/87706114',
    title: 'Hurricane Milton makes landfall near Siesta Key Florida, US NHC says', published: '2024-10-10T01:00:00Z',
    text: '(Reuters) – Hurricane Milton made landfall near Siesta Key Florida on Wednesday as Category 3 storm, the U.S. National Hurricane Center said. Milton was located about 115 miles (185 km) southwest of Orlando Florida, with maximum sustained winds of 120 mph (205 kph), the Miami-based forecaster said.',
  },
  {
    // The same Reuters flash as swissinfo.ch: a syndicated copy.
    event: 'hurricane-milton-2024', split: 'held-out-2', outlet: 'Mint (Reuters)',
    url: 'https://www.livemint.com/news/us-news/hurricane-milton-makes-landfall-near-floridas-siesta-key-as-category-3-storm/amp-11728520668074.html',
    title: 'Hurricane Milton makes landfall near Florida\'s Siesta Key as Category 3 storm', published: '2024-10-10T01:30:00Z',
    text: 'BREAKING NEWS. - Hurricane Milton struck Siesta Key, Florida, on Wednesday as a Category 3 storm, according to the U.S. National Hurricane Center. Milton was located about 115 miles (185 km) southwest of Orlando Florida, with maximum sustained winds of 120 mph (205 kph), the Miami-based forecaster said',
  },
  {
    event: 'hurricane-milton-2024', split: 'held-out-2', outlet: 'Tunisie Soir',
    url: 'https://www.tunisiesoir.com/international/hurricane-tracker-monitoring-miltons-path-as-it-threatens-west-central-florida-31820-2024/',
    title: 'Hurricane tracker: monitoring Milton\'s path as it threatens west-central Florida', titleFrom: 'address', published: '2024-10-10T02:00:00Z',
    text: 'Hurricane Milton made landfall near Siesta Key, Florida, around 8:30 p.m. ET on Wednesday, according to the National Hurricane Center (NHC). Authorities had continuously warned about the severe threat the storm posed to those in its path. Striking approximately 70 miles south of Tampa, Milton presents an "extremely life-threatening situation" for Florida\'s western coast. Originally a Category 4 storm, Milton had briefly regained Category 5 strength on Tuesday but was downgraded to a Category 3 hurricane by Wednesday evening, with sustained winds of 120 mph.',
  },
  {
    event: 'hurricane-milton-2024', split: 'held-out-2', outlet: 'WMAR 2 News',
    url: 'https://www.wmar2news.com/weather/weather-blogs/hurricane-milton-makes-landfall',
    title: 'Hurricane Milton makes landfall', titleFrom: 'address', published: '2024-10-10T02:30:00Z',
    text: 'BALTIMORE — Doppler radar has indicated Hurricane Milton made landfall near Siesta Key in Sarasota County. This according to the National Hurricane Center. This happened at 8:30 pm on October 9th. Landfall is called when half of the hurricane\'s eye crosses over land. The estimated max sustained winds were 120 miles per hour.',
  },
  {
    // Names Helene too: the earlier storm, not this event.
    event: 'hurricane-milton-2024', split: 'held-out-2', outlet: 'KMXT (AP photos)',
    url: 'https://www.kmxt.org/2024-10-09/photos-hurricane-milton-slams-florida',
    title: 'Photos: Hurricane Milton slams Florida', titleFrom: 'address', published: '2024-10-10T03:00:00Z',
    text: 'Hurricane Milton made landfall at around 8:30 p.m. near Siesta Key, about eight miles south of Sarasota, Florida. According to the National Hurricane Center, the category 3 hurricane had estimated maximum sustained winds of 120 miles per hour. Rebecca Blackwell / AP Christian Burke stands at the door of his home, where he, his mother, and his aunt plan to ride out Hurricane Milton on the third floor overlooking Tampa Bay, in Gulfport, Fla. A boat deposited by Hurricane Helene sits lodged in the bay front park outside his front door.',
  },
  {
    event: 'hurricane-milton-2024', split: 'held-out-2', outlet: 'Breitbart',
    url: 'https://breitbart.com/weather/2024/10/09/hurricane-milton-makes-landfall-siesta-key-florida-winds-120-mph',
    title: 'Hurricane Milton Makes Landfall Near Siesta Key in Florida, Winds of 120 MPH', published: '2024-10-10T01:15:00Z',
    text: 'This GOES-16 GeoColor satellite image taken at 11:46 a.m. EDT and provided by National Oce NOAA via AP. Hurricane Milton made landfall near the city of Siesta Key in Florida, with winds of up to 120 mph, according to the National Hurricane Center. Florida Gov. Ron DeSantis (R) issued a statement in a post on X that as the hurricane made landfall, it was "time to shelter in place".',
  },
  {
    event: 'hurricane-milton-2024', split: 'held-out-2', outlet: 'WSB Radio (CNN)',
    url: 'https://www.wsbradio.com/news/hurricane-milton-makes-landfall-florida/7QHEF3BRBRG6DB7TGUDIIVSJ3Q/',
    title: 'Hurricane Milton makes landfall Florida', titleFrom: 'address', published: '2024-10-10T04:00:00Z',
    text: '(CNN) — Hurricane Milton made landfall near Siesta Key, Florida, as a Category 3 storm with 120 mph sustained winds and higher gusts, according to the National Hurricane Center. Milton will retain its hurricane strength as it tracks across central Florida through Thursday morning. Milton is the fifth hurricane to make landfall in the US this year. It joins Category 1 Beryl, Category 1 Debby, Category 2 Francine and Category 4 Helene.',
  },
  // ── Storm Daniel floods central Greece (Thessaly, Volos, Pelion), 5-8 September 2023 (held-out 2) ──
  {
    event: 'daniel-greece-floods-2023', split: 'held-out-2', outlet: 'Kathimerini',
    url: 'https://www.ekathimerini.com/news/1219363/death-toll-in-thessaly-floods-rises-to-three/',
    title: 'Death toll in Thessaly floods rises to three', published: '2023-09-06T15:00:00Z',
    text: 'NEWS. [InTime News] An elderly man was found dead on Wednesday after being swept away in the area of Ellinopirgos at Karditsa, Thessaly, bringing to three the known number of fatalities caused by Storm Daniel. The 82-year-old man was found unconscious underneath a car. Earlier, the body of an elderly woman was recovered close to a seaside community in the southern Pelion area, near the port city of Volos on the Pagasetic Gulf, the fire brigade said.',
  },
  {
    event: 'daniel-greece-floods-2023', split: 'held-out-2', outlet: 'Kathimerini',
    url: 'https://www.ekathimerini.com/news/1219385/disaster-of-biblical-proportions/',
    title: 'Disaster of biblical proportions', titleFrom: 'address', published: '2023-09-07T06:00:00Z',
    text: 'A man stands in a house near a collapsed road after torrential rains destroyed the infrastructure and caused flooding in the area in the village of Ano Meria, near Volos, central Greece, on September 6, 2023. [Louisa Gouliamaki/Reuters] Three people have reportedly died as a result of the Daniel weather system which has been battering many parts of Greece for more than two days. Two Austrian newlyweds were also believed to be missing after the holiday accommodation they were staying at was swept away on Tuesday in the Pelion region.',
  },
  {
    event: 'daniel-greece-floods-2023', split: 'held-out-2', outlet: 'NHE Travel',
    url: 'https://www.nhetravel.com/2023/09/07/greece-severe-weather-level-3-disruptions-due-to-heavy-rainfall-and-flooding-in-wide-parts-of-the-country-greece-update-8/',
    title: 'Greece, Severe Weather, Level 3: Disruptions due to heavy rainfall and flooding in wide parts of the country – Greece [Update 8]', published: '2023-09-07T08:00:00Z',
    text: 'Update 2023-09-06 (3): According to the latest reports, the storm has caused the death of two people. One of them was hit by a collapsing wall in the village of Agios Georgios near Volos. parts of Volos and surrounding areas are reportedly still wtihtout electricity and roads are damaged esepcially in the area around Pelion. In Trikala, Farsala and Karditsa, traffic circulation has been banned.',
  },
  {
    event: 'daniel-greece-floods-2023', split: 'held-out-2', outlet: 'Greek City Times',
    url: 'https://greekcitytimes.com/2023/09/08/storm-daniel-death-toll/',
    title: 'STORM DANIEL: Death toll rises to 4 in Greece - Six people missing in Aghia Triada, Karditsa', published: '2023-09-08T06:00:00Z',
    text: 'On Thursday, a dead man was located in a ravine near the village Petroto of Domokos in Fthiotida, another victim of Storm Daniel. The Fire Brigade found the body, which was, according to initial information, a 51-year-old farmer. The Krafsidonas river overflowed again in the city of Volos due to the torrential rain that had been sweeping the capital of Magnesia. Most villages and the capitals of the Regional Units of Karditsa and Trikala are facing severe problems due to the heavy rains hitting the country over the last few hours.',
  },
  {
    event: 'daniel-greece-floods-2023', split: 'held-out-2', outlet: 'La Prensa Latina (EFE)',
    url: 'https://www.laprensalatina.com/storm-daniel-causes-deadly-floods-in-greece/',
    title: 'Storm Daniel causes deadly floods in Greece', published: '2023-09-08T16:00:00Z',
    text: 'Athens, Sep 8 (EFE).- At least 10 people have died in Greece amid heavy floods caused by Storm Daniel, officials said Friday. Authorities fear the death toll could rise further as four people were still missing, while witnesses have said they have seen bodies that were unaccounted for. Although the storm has subsided and there has been no rain in the area since Thursday evening, hundreds of people in villages in the Karditsa region were still trapped on their terraces or on the upper floors and roofs of multi-story buildings where they rushed to safety.',
  },
  // ── Storm Daniel bursts two dams above Derna, Libya, 10-11 September 2023 (held-out 2): the same storm, a different event, days later ──
  {
    event: 'derna-floods-2023', split: 'held-out-2', outlet: 'Libya Desk',
    url: 'https://news.libyadesk.com/storm-daniel-leads-to-largest-tragedy-in-libyas-recorded-history/',
    title: 'Storm Daniel leads to largest tragedy in Libya\'s recorded history', published: '2023-09-13T12:00:00Z',
    text: 'The collapse of two ill-maintained dams on the periphery of the eastern Libyan city of Derna turned a storm with peak winds of 70-80 km/h into a catastrophe of epic proportions.',
  },
  {
    event: 'derna-floods-2023', split: 'held-out-2', outlet: 'Security Watch (Nigeria)',
    url: 'https://securitywatch.ng/floods-in-libya-destroy-a-quarter-of-the-city-killing-thousands',
    title: 'Floods in Libya destroy a quarter of the city, killing thousands', titleFrom: 'address', published: '2023-09-12T18:00:00Z',
    text: 'Thousands of people were dead and at least 10,000 were missing in Libya as a result of floods triggered by a massive Mediterranean storm that broke dams, washed away houses, and destroyed up to a fifth of the eastern coastal city of Derna. A top physician in Derna informed reporters that more than 2,000 people had died, while eastern Libya officials reported by local television put the death toll at more over 5,000. Storm Daniel slammed on a country that was torn and collapsing after more than a decade of strife.',
  },
  {
    event: 'derna-floods-2023', split: 'held-out-2', outlet: 'BD Metro News 24',
    url: 'https://bdmetronews24.com/archives/90222',
    title: 'Thousands are feared dead and 10,000 are missing in Libya after a storm in the Mediterranean burst dams', titleFrom: 'lead', published: '2023-09-12T14:00:00Z',
    text: 'Thousands of people are feared dead and 10,000 are missing in Libya after a storm in the Mediterranean burst dams and washed entire coastal neighborhoods out to sea. Storm Daniel pounded the North African country Sunday night, unleashing heavy rainfall that caused flash flooding. But the major destruction would come hours later, when two dams located on the Wadi Derna river burst, creating a wall of water that destroyed everything in its path. The greatest devastation was seen in the port city of Derna, which is home to 90,000 people.',
  },
  {
    event: 'derna-floods-2023', split: 'held-out-2', outlet: 'GH Articles',
    url: 'https://gharticles.com/libya-floods-death-toll-surpasses-5000',
    title: 'Libya floods death toll surpasses 5000', titleFrom: 'address', published: '2023-09-12T20:00:00Z',
    text: 'The town of Derna in Libya has been devastated by catastrophic floods caused by the Mediterranean storm Daniel, resulting in a death toll of at least 5,000 people. Rescue efforts are underway to locate thousands more who are missing along the northeastern coast of the country. Derna suffered the most severe impact from the storm, with a torrent of water engulfing the city, which has a population of 90,000.',
  },
  {
    event: 'derna-floods-2023', split: 'held-out-2', outlet: 'Round News',
    url: 'https://www.roundnews.com/world/africa/74007-disaster-in-libya-after-storm-big-flooding-and-crash-of-two-dams.html',
    title: 'Disaster in Libya after storm big flooding and crash of two dams', published: '2023-09-12T22:00:00Z',
    text: 'After Mediterranean storm Daniel pounded the coast on Sunday night a devastating situation occurred in Lybia. Emergency workers uncovered hundreds of bodies as they dug through the wreckage of Libya\'s eastern city of Derna, a city of some 90,000, on Tuesday. Derna\'s ambulance authority put the current death toll at 2,300. At least 10,000 people were still missing and the death toll is feared to increase dramatically.',
  },
  // ── Storm Dudley: power cuts in northern England and Scotland, 16-17 February 2022 (held-out 2) ──
  {
    event: 'storm-dudley-2022', split: 'held-out-2', outlet: 'LBC',
    url: 'https://www.lbc.co.uk/news/storm-dudley-eunice-uk-weather-warnings-met-office/',
    title: 'Thousands without power but \'worst is yet to come\' as blizzards and 100mph winds sweep in', published: '2022-02-16T20:00:00Z',
    text: '16 February 2022, 12:58 | Updated: 17 February 2022, 09:24. By Patrick Grafton-Green. Danger to life weather warnings have been issued for the whole of England as Dudley became the first of two storms to batter the UK. Listen to this article. Loading audio... The storm caused major travel disruption, damage and left thousands of homes without power. After an amber warning for wind was issued for parts of Scotland and northern England, Northern Powergrid said on Wednesday evening that a total of 14,000 households were hit by power cuts but 10,000 have been reconnected.',
  },
  {
    event: 'storm-dudley-2022', split: 'held-out-2', outlet: 'i',
    url: 'https://inews.co.uk/news/storm-dudley-power-cuts-northern-england-eunice-snow-winds-uk-weather-1465934?ico=in-line_link',
    title: 'Storm Dudley: Thousands suffer power cuts in northern England with Storm Eunice to bring snow and 100mph winds', published: '2022-02-17T07:00:00Z',
    text: 'Wed 15 May 2024. 2024 newspaper of the year. Latest. 2h ago Environment Agency has \'utterly failed\' Windermere over illegal sewage pollution. Thousands of people are understood to still be without power in parts of northern England and rail services are severely disrupted in Scotland. Thousands have been left without power in northern parts of the UK after heavy rain and strong winds from Storm Dudley brought down electricity lines. More than 14,000 people experienced power outages in the North East of England, Cumbria, North Yorkshire and Lancashire on Wednesday.',
  },
  {
    event: 'storm-dudley-2022', split: 'held-out-2', outlet: 'Newsamed',
    url: 'https://www.newsamed.com/storm-dudley-over-14000-homes-without-power-as-gales-of-80mph-cause-travel-chaos/',
    title: 'Storm Dudley: Over 14,000 homes without power as gales of 80mph cause travel chaos', published: '2022-02-16T22:00:00Z',
    text: 'As Storm Dudley battered the UK and Ireland with winds of more than 80mph, over 14,000 people suffered power outages while uprooted trees created chaos on roads and train lines, reports reveal. All trains in Scotland were cancelled and many lines will remain suspended on Thursday morning while safety checks are carried out, ScotRail said. Northern Powergrid, which maintains electricity networks across northern England, said on Wednesday evening that it had reconnected 10,000 homes within hours, but it could not say when 4,000 more would have power restored.',
  },
  {
    event: 'storm-dudley-2022', split: 'held-out-2', outlet: 'Weather and Radar',
    url: 'https://www.weatherandradar.co.uk/weather-news/storm-dudley-impacts-thousands-overnight--a8be5168-7da1-4ebb-9ab1-a6a6d6800277',
    title: 'Storm Dudley impacts thousands overnight', published: '2022-02-17T09:45:00Z',
    text: 'Home / Weather News / Storm Dudley impacts thousands overnight. 09:45 17 February 2022. Power cuts and damages. Crashing waves© picture alliance. Thousands were left without power last night as Storm Dudley severely disrupted travel with widespread damages reported. Northern Powergrid say around 20,000 homes were suffering from power outages in a statement this morning. At least 1,000 remain disconnected and many must wait until Friday for its return. Ferry and some train routes were cancelled in Scotland amid the adverse conditions.',
  },
  {
    event: 'storm-dudley-2022', split: 'held-out-2', outlet: 'The Times',
    url: 'https://www.thetimes.co.uk/article/storm-dudley-leaves-more-chaos-in-its-wake-pbg7slj7v',
    title: 'Storm Dudley causes chaos — but brace for worse', published: '2022-02-17T06:00:00Z',
    text: 'Subscription Notification. James Callery | Ben Clatworthy. Strong winds and heavy rain swept through the UK last night and early this morning, causing power cuts and travel disruption with Storm Eunice set to move in. The Met Office had issued an amber warning for strong winds across central Scotland, parts of Northern Ireland, and northern England above Hull over the evening. As Storm Dudley moved in during the afternoon, Capel Curig in Wales was ravaged by strong winds of up to 81mph.',
  },
  // ── Storm Eunice: red warnings, then a record 122 mph gust, 17-18 February 2022 (held-out 2), a day after Dudley ──
  {
    event: 'storm-eunice-2022', split: 'held-out-2', outlet: 'PerspectiveMedia (PA)',
    url: 'https://www.perspectivemedia.com/red-weather-alert-warns-of-danger-to-life-from-storm-eunice/',
    title: 'Red weather alert warns of \'danger to life\' from Storm Eunice', published: '2022-02-17T12:00:00Z',
    text: 'The Met Office warning covers Devon, Cornwall, Somerset and parts of south Wales during Friday morning. 17 February 2022. The Met Office has issued the highest level of alert for Storm Eunice, warning there could be a "danger to life" as a result of extremely strong winds. The red weather warning, meaning a high impact is very likely, covers the coastline of Devon, Cornwall and Somerset as well as the south coast of Wales and will be in effect from 7am until 12pm on Friday.',
  },
  {
    event: 'storm-eunice-2022', split: 'held-out-2', outlet: 'The National',
    url: 'https://www.thenationalnews.com/world/uk-news/2022/02/17/stay-indoors-warning-issued-as-storm-eunice-set-to-move-in-with-winds-of-160kph/',
    title: 'Storm Eunice: Rare \'danger to life\' warning as 160kph winds forecast', published: '2022-02-17T15:00:00Z',
    text: 'The weather alert covers most of England with people advised to \'tie down anything loose\'. Terrifying moment plane struggles to land as Storm Dudley hits UK. Powered by automated translation. A rare "danger to life\' warning was issued for impending Storm Eunice as most of Britain was told to "stay indoors" while two weather fronts batter the country in quick succession. The red warning is for the south-west where potentially lethal 145kph winds are expected to hit the coastline.',
  },
  {
    event: 'storm-eunice-2022', split: 'held-out-2', outlet: 'The Independent',
    url: 'https://www.independent.co.uk/climate-change/news/storm-eunice-wind-speed-latest-uk-b2018144.html',
    title: 'Storm Eunice: Ferocious wind speed hits 122mph as gales stronger than deadly 1987 storm', published: '2022-02-18T11:00:00Z',
    text: 'Gusts of up to 122mph have been recorded at the Needles on the Isle of Wight during Storm Eunice, the Met Office has said, surpassing the strongest winds recorded during the deadly 1987 "Great Storm". The peak wind speed reached during that storm on the night of 15-16 October 1987 was 115mph, at Shoreham-by-Sea in West Sussex. More follows...',
  },
  {
    // The copy was posted in March; published here as the BBC report it copies.
    event: 'storm-eunice-2022', split: 'held-out-2', outlet: 'The Beeings (BBC News copy)',
    url: 'https://thebeeings.bond/2022/03/06/storm-eunice-record-wind-gust-amid-disruption-bbc-com/',
    title: 'Storm Eunice: Record wind gust amid disruption', published: '2022-02-18T15:00:00Z',
    text: 'By Christy Cooney. BBC News. This video can not be played. Around 200,000 homes have been left without power and the transport network continues to be severely affected as Storm Eunice lashes the UK. High winds led to school closures, flight cancellations, and stay-at-home warnings across the country. One person has died in Ireland and a number of people have been injured in the UK. A gust of 122mph – measured at an exposed point on the Isle of Wight – set a provisional record for England.',
  },
  {
    event: 'storm-eunice-2022', split: 'held-out-2', outlet: 'WsTale (The Sun copy)',
    url: 'https://wstale.com/world/storm-eunice-britain-battered-by-killer-122mph-winds-stronger-than-great-storm-of-1987-as-gales-wreak-destruction/',
    title: 'Storm Eunice: Britain battered by killer 122mph winds – stronger than Great Storm of 1987 – as gales wreak destruction', published: '2022-02-18T13:00:00Z',
    text: 'BRITAIN has today been battered by killer 122mph winds – stronger than the gales of the Great Storm of 1987 – and there\'s MORE to come. Storm Eunice wreaked destruction in just hours, downing power lines and uprooting trees with Brits told to stay at home in urgent alerts. The severe conditions, which sparked two rare red weather warnings, include "danger to life" alerts with roads shut and airports cancelling hundreds of flights amid the chaos.',
  },
  {
    // A scraped copy dated May; published here as the Express report it copies.
    event: 'storm-eunice-2022', split: 'held-out-2', outlet: 'Great Scaffold (Express copy)',
    url: 'https://www.greatscaffold.com/news/horror-scenes-across-uk-as-mph-blasts-dead/',
    title: 'Horror scenes across UK as 120MPH blasts - 4 dead and mass destruction', published: '2022-02-18T20:00:00Z',
    text: 'Horror scenes across UK as 120MPH blasts - 4 dead and mass destruction | Weather | News | Express.co.uk. 2022-05-27 22:02:40 By : Ms. Juccy Tan. We use your sign-up to provide content in ways you\'ve consented to and to improve our understanding of you. One motorist died when a tree hit his car in East Hampshire, another passenger died in similar circumstances in North London, one man was killed after debris hit his car windscreen in Merseyside and a Brit in Belgium has died too. The Met Office recorded gusts of 122mph at the Needles on the Isle of White this morning.',
  },
  // ── Federal Reserve cuts rates by half a point, its first cut since 2020, 18 September 2024 (held-out 2) ──
  {
    event: 'fed-cut-2024-09', split: 'held-out-2', outlet: 'The Epoch Times',
    url: 'https://www.theepochtimes.com/business/federal-reserve-cuts-interest-rates-for-first-time-in-4-years-5726283',
    title: 'Fed Slashes Interest Rates by Half a Percentage Point, First Cut in 4 Years', published: '2024-09-18T19:00:00Z',
    text: 'Policymakers said they have \'gained greater confidence\' in their fight against inflation, expecting another 50-basis-point cut this year. US Federal Reserve chairman Jerome Powell holds a press conference in Washington on Sept. 18, 2024. Mandel NGAN / AFP. Andrew Moran. Updated: 0:00. The Federal Reserve has cut interest rates for the first time in four years after concluding its two-day policy meeting on Sept. 18. Monetary policymakers kicked off their first easing campaign since the onset of the COVID-19 pandemic by lowering the benchmark federal funds rate by 50 basis points, to a range of between 4.75 percent and 5 percent.',
  },
  {
    event: 'fed-cut-2024-09', split: 'held-out-2', outlet: 'CNN Business (mirror)',
    url: 'https://listgame.netlify.app/host-https-www.cnn.com/business/live-news/federal-reserve-interest-rate-09-18-24/index.html',
    title: 'Jumbo-sized rate cut: Fed slashes rates by a half percentage point', published: '2024-09-18T22:00:00Z',
    text: 'Federal Reserve Chairman Jerome Powell speaks during a news conference following the September meeting of the Federal Open Market Committee at the William McChesney Martin Jr. Federal Reserve Board Building on September 18, 2024 in Washington, DC. The Federal Reserve announced today that they will cut the central bank\'s benchmark interest rate by 50 basis points to a new range of 4.75%-5%. Hear Chair Powell explain decision to slash interest rates. 01:24 - Source: CNN. What we covered here. In a significant shift for the US economy, the Federal Reserve announced a jumbo-sized rate cut Wednesday, its first rate reduction cut since Covid.',
  },
  {
    // Its photo caption is about the July 2022 rise (in the development half): a trap for a matcher.
    event: 'fed-cut-2024-09', split: 'held-out-2', outlet: 'Vision Times',
    url: 'https://visiontimes.com/2024/09/18/fed-announces-first-rate-cut-since-2020-lowering-interest-by-0-5-percent.html',
    title: 'Fed Announces First Rate Cut Since 2020, Lowering Interest by 0.5 Percent', published: '2024-09-18T21:00:00Z',
    text: 'Truth, Inspiration, Hope. Published: September 18, 2024. U.S. Federal Reserve Board Chairman Jerome Powell speaks during a news conference following a meeting of the Federal Open Market Committee (FOMC) at the headquarters of the Federal Reserve, July 27, 2022 in Washington, DC. Powell announced that the Federal Reserve is raising interest rates by three-quarters of a percentage point. (Image: Drew Angerer/Getty Images) The benchmark interest rate for lending is now 4.75 to 5 percent, following the Federal Reserve\'s long-awaited announcement of a rate decrease on Wednesday, Sept. 18.',
  },
  {
    event: 'fed-cut-2024-09', split: 'held-out-2', outlet: 'Legitgov',
    url: 'https://legitgov.org/index.php/2024/09/18/federal-reserve-cuts-interest-rates-48-days-from-election-day',
    title: 'Federal Reserve cuts interest rates 48 days from Election Day', published: '2024-09-18T20:00:00Z',
    text: '--First rate reduction in four years | 18 Sept 2024 | The Federal Reserve on Wednesday announced a long-awaited interest rate cut, lowering the benchmark rate by 50 basis points from what was the highest level in 23 years as the central bank eased borrowing costs following progress in the fight against inflation. The Fed\'s first interest rate cut since March 2020 lowers the benchmark federal funds rate to a range of 4.75% to 5%. Subscribe to CLG newsletter.',
  },
  {
    event: 'fed-cut-2024-09', split: 'held-out-2', outlet: 'Coinwebko',
    url: 'https://coinwebko.com/detail/143084',
    title: 'Fed lowers interest rates by half point in first cut since 2020', published: '2024-09-18T23:14:00Z',
    text: '09/19/2024 01:14. The Federal Reserve cut interest rates for the first time in more than four years Wednesday, ending its most aggressive inflation-fighting campaign since the 1980s. This report is developing. Refresh for the latest version. The Federal Reserve slashed interest rates by a half percentage point Wednesday and charted a course for two additional cuts this year followed by four more in 2025. The decision came in a split vote at the conclusion of the Fed\'s two-day policy meeting as officials cut the central bank\'s benchmark rate by 50 basis points to a new range of 4.75%-5.0%.',
  },
  {
    event: 'fed-cut-2024-09', split: 'held-out-2', outlet: 'Gulte',
    url: 'https://www.gulte.com/trends/316754/us-federal-reserve-cuts-interest-rates-by-a-half-point',
    title: 'US Federal Reserve cuts interest rates by a half point', titleFrom: 'address', published: '2024-09-18T21:30:00Z',
    text: 'The Federal Reserve announced on Wednesday the first interest rate cut since 2020, a half-percentage point or 50 basis points off benchmark rates. Analysts anticipate more interest rate cuts. The central bank began raising interest rates in March 2022 to control prices and demand. By last summer, they had reached 5.25% and 5.5%, the highest in more than 20 years. The inflation rate has fallen to 2.5% last month and is moving towards 2%.',
  },
  // ── Federal Reserve cuts rates by a quarter point two days after the US election, 7 November 2024 (held-out 2), seven weeks after September's cut ──
  {
    event: 'fed-cut-2024-11', split: 'held-out-2', outlet: 'Newser (AP)',
    url: 'https://www.newser.com/story/359163/powell-says-election-wont-affect-near-term-decisions.html',
    title: 'Powell says election won\'t affect near-term decisions', titleFrom: 'address', published: '2024-11-07T21:00:00Z',
    text: 'The Federal Reserve cut its key interest rate Thursday by a quarter-point in response to the steady decline in the once-high inflation that had angered Americans and helped drive Donald Trump\'s presidential election victory this week. In a statement after its latest meeting ended, the Fed said the "unemployment rate has moved up but remains low," and while inflation has fallen closer to the 2% target level, it "remains somewhat elevated." After their rate cut in September—their first such move in more than four years—the Fed\'s policymakers had projected that they would make further quarter-point cuts in November and December.',
  },
  {
    // The same AP report as Newser's opening: a syndicated copy.
    event: 'fed-cut-2024-11', split: 'held-out-2', outlet: 'GV Wire (AP)',
    url: 'https://gvwire.com/?p=153064',
    title: 'Federal Reserve Cuts Its Key Interest Rate by a Quarter-Point Amid Postelection Uncertainty', published: '2024-11-07T20:00:00Z',
    text: 'Please ensure Javascript is enabled for purposes of website accessibility. gvw_ap_news. By Associated Press. Published 4 hours ago on November 7, 2024. Getting your Trinity Audio player ready... WASHINGTON — The Federal Reserve cut its key interest rate Thursday by a quarter-point in response to the steady decline in the once-high inflation that had angered Americans and helped drive Donald Trump\'s presidential election victory this week. The rate cut follows a larger half-point reduction in September, and it reflects the Fed\'s renewed focus on supporting the job market as well as fighting inflation.',
  },
  {
    event: 'fed-cut-2024-11', split: 'held-out-2', outlet: 'Straight Arrow News',
    url: 'https://san.com/cc/federal-reserve-cuts-interest-rate-by-25bps-in-first-post-election-move/',
    title: 'Federal Reserve cuts interest rate by 25bps in first post-Election move', published: '2024-11-07T19:30:00Z',
    text: 'Full story. The Federal Reserve continued its rate-cutting campaign Thursday, Nov. 7, marking the first policy decision since the 2024 presidential election. The central bank shaved off another 25 basis points from the federal funds rate, in line with expectations. The latest decision sets the benchmark interest rate between 4.5%-4.75%, down from 4.75%-5%. This marks the second rate cut in 2024.',
  },
  {
    // Says September's cut was 25 points (it was 50): kept as published.
    event: 'fed-cut-2024-11', split: 'held-out-2', outlet: 'BankBeat',
    url: 'https://bankbeat.biz/fomc-cuts-interest-rates-25-basis-points/',
    title: 'FOMC cuts interest rates 25 basis points', titleFrom: 'address', published: '2024-11-08T12:00:00Z',
    text: 'The Federal Open Market Committee unanimously lowered the target range for the federal funds rate by one-quarter of a percentage point on Nov. 7. The reduction, to 4.6 percent, came after the FOMC approved a 25-basis-point cut in September from a 40-year high of 5.3 percent. The FOMC cited continued economic expansion and easing labor market conditions in instituting the quarter-point cut. In a press conference following the rate cut, FOMC Chair Jerome Powell said Donald Trump\'s victory over Kamala Harris in the presidential election will have no impact on the committee\'s policy decisions.',
  },
  {
    event: 'fed-cut-2024-11', split: 'held-out-2', outlet: 'MoneyCheck',
    url: 'https://moneycheck.com/fed-makes-quarter-point-rate-cut-following-trump-victory-what-it-means-for-your-wallet/',
    title: 'Fed makes quarter-point rate cut following Trump victory: what it means for your wallet', titleFrom: 'address', published: '2024-11-07T22:00:00Z',
    text: 'TLDR: - Fed cut interest rates by 0.25 percentage points to 4.5%-4.75% range - This is the second rate cut of 2024, following September\'s larger cut - Trump\'s election victory won\'t have immediate impact on Fed policy - Inflation has dropped to 2.1%, close to Fed\'s 2% target - Markets expect another rate cut in December 2024. The Federal Reserve announced its second interest rate cut of 2024 on Thursday, November 7, lowering the federal funds rate by 0.25 percentage points to a range of 4.5% to 4.75%.',
  },
  {
    event: 'fed-cut-2024-11', split: 'held-out-2', outlet: 'Stonescape (CNBC, machine-reworded)',
    url: 'https://stonescape.us/general/58117',
    title: 'Fed interest rate decision November 2024', titleFrom: 'lead', published: '2024-11-08T02:00:00Z',
    text: 'close close. Fed interest rate decision November 2024: The Federal Reserve agreed to its second straight interest rate cut on Thursday. It took a less aggressive approach than before, but continued its efforts to right-size monetary policy. Following the big half-percentage point cut in September, the Federal Open Market Committee cut its benchmark federal funds rate by a quarter of a percentage point, or 25 basis points, to a target range of 4.50% to 4.75%.',
  },
  {
    // Another rewording of the same CNBC report as Stonescape: near-copies.
    event: 'fed-cut-2024-11', split: 'held-out-2', outlet: 'CFIC Squadrone (CNBC, machine-reworded)',
    url: 'https://cfic-squadrone.fr/11/08/2024/oled/brxe28947iknhtml/bold-interest-rate-decision-november-2024',
    title: 'Bold interest rate decision November 2024', titleFrom: 'address', published: '2024-11-08T06:00:00Z',
    text: 'Bold interest rate decision November 2024: The Federal Reserve cuts interest rates by a quarter point. The Federal Reserve approved its second straight interest rate cut on Thursday, moving at a less aggressive pace than before but continuing its efforts to adjust monetary policy. Following September\'s big half-percentage-point cut, the Federal Open Market Committee cut its benchmark bid rate by a quarter of a percentage point, or 25 basis points, to a target range of 4.50%-4.75%.',
  },
  // ── Iceland: eruption north of Grindavík after weeks of earthquakes, 18 December 2023 (held-out 2) ──
  {
    event: 'grindavik-eruption-2023-12', split: 'held-out-2', outlet: 'Watchers',
    url: 'https://watchers.news/2023/12/19/volcanic-eruption-starts-near-grindavik-reykjanes-peninsula-iceland/embed/',
    title: 'Volcanic eruption starts near Grindavik, Reykjanes Peninsula, Iceland', published: '2023-12-19T02:00:00Z',
    text: 'A new volcanic fissure eruption started at 22:17 UTC on December 18, 2023, about 4 km (2.5 miles) NE of the town of Grindavik, Reykjanes, Iceland. The eruptive fissure is about 4 km long, with the northern end just east of Stóra-Skógfell and the southern end just east of Sundhnúk.',
  },
  {
    event: 'grindavik-eruption-2023-12', split: 'held-out-2', outlet: 'Webjosh (ABC News)',
    url: 'https://webjosh.com/article/iceland-volcano-erupts-weeks-after-earthquakes-shake-southwest-coast-1702956363-11119',
    title: 'Iceland volcano erupts weeks after earthquakes shake southwest coast', published: '2023-12-19T03:26:00Z',
    text: 'ABC News. A volcano in Iceland has erupted, the country\'s meteorological office said late Monday local time. A volcano has erupted in Iceland, the country\'s meteorological office said late Monday local time -- weeks after earthquakes rumbled the southwestern coast. "An eruption has started north of Grindavík," the Icelandic Met Office said in an alert on its website. "It can be seen on webcams and seems to be located close to Hagafell, about 3 km [about 1.8 miles] north of Grindavík." An "earthquake swarm" started around 9 p.m. local time and the eruption began at 10:17 p.m., the office said.',
  },
  {
    // An Italian page whose text is the English EPA caption; its headline words (from the address) are Italian.
    event: 'grindavik-eruption-2023-12', split: 'held-out-2', outlet: 'Sky TG24 (EPA caption)',
    url: 'https://tg24.sky.it/mondo/2023/12/19/eruzione-vulcano-islanda-foto',
    title: 'Eruzione vulcano Islanda foto', titleFrom: 'address', published: '2023-12-19T08:00:00Z',
    text: 'epa11036647 A handout picture provided by Iceland Civil Defense shows a volcanic eruption north of Grindavik, Iceland, 18 December 2023. The Icelandic Meteorological and Seismological Office (MET) reported late 18 December that a volcano erupted about 4 kilometers northeast of the town of Grindavik. An evacuation order for the population of Grindavik was issued early this year on 10 November 2023 following seismic activity and indications of considerable magma movement in the area. EPA/Iceland Civil Defense (almannavarnadeild) / HANDOUT EDITORIAL USE ONLY/NO SALES',
  },
  // ── Iceland: a second eruption sends lava into Grindavík and burns homes, 14 January 2024 (held-out 2), four weeks after the first ──
  {
    event: 'grindavik-eruption-2024-01', split: 'held-out-2', outlet: 'i24NEWS',
    url: 'https://www.i24news.tv/en/news/international/environment/1705247313-icelandic-volcano-eruption-sends-lava-flowing-towards-fishing-village',
    title: 'Icelandic volcano eruption sends lava flowing towards fishing village', titleFrom: 'address', published: '2024-01-14T15:48:00Z',
    text: 'A volcanic eruption occurred in southwest Iceland on Sunday, causing lava flows to move towards the small fishing town of Grindavik. This resulted in some houses being set on fire. However, authorities had evacuated the town beforehand, ensuring no residents were at risk. Morgunbladid captured the eruption live on video, showing dramatic scenes of lava and smoke erupting from ground fissures and extending all the way to Grindavik.',
  },
  {
    event: 'grindavik-eruption-2024-01', split: 'held-out-2', outlet: 'Reykjavík Grapevine',
    url: 'https://grapevine.is/news/2024/01/14/eruption-has-begun-north-of-grindavik/',
    title: 'UPDATES: Lava Reaches Grindavík, Claims First Homes', published: '2024-01-14T16:00:00Z',
    text: 'From Iceland — UPDATES: Lava Reaches Grindavík, Claims First Homes. Published January 14, 2024. Photo by RÚV. UPDATE: 15:55 Met office geophysicist Benedikt Ófeigsson reports that land deformations and seismic activity around and inside Grindavík appear to have settled. It remains too early to make predictions about the longevity of the eruption, however. UPDATE: 15:45 Dozens of sheep and several family pets are believed to be trapped in Grindavík, RÚV reports.',
  },
  {
    event: 'grindavik-eruption-2024-01', split: 'held-out-2', outlet: 'UNN',
    url: 'https://unn.ua/en/news/in-iceland-lava-from-a-volcanic-eruption-reached-the-city',
    title: 'In Iceland, lava from a volcanic eruption reached the city', titleFrom: 'address', published: '2024-01-14T18:00:00Z',
    text: 'A volcanic eruption began in southwestern Iceland on Sunday, January 14. Lava reached the small fishing town of Grindavik. At least three houses burned down there. This was reported by RUV, according to UNN. Details. The lava reached the streets of the city and covered part of one building, which caught fire, and then another. No one was injured. Almost 4000 people in Grindavik were evacuated in advance.',
  },
  {
    event: 'grindavik-eruption-2024-01', split: 'held-out-2', outlet: 'Volcanoes.de',
    url: 'https://www.volcanoes.de/2024/01/14/eruption-on-iceland-close-to-grindavik/',
    title: 'Eruption on Iceland close to Grindavik', published: '2024-01-14T22:00:00Z',
    text: 'The expected volcanic eruption began this morning on Iceland\'s Reykjanes Peninsula. A 900 m long eruption fissure opened 2 km north of Grindavik. Lava fountains along the fissure fed a lava flow that flowed in a southwesterly direction. In the afternoon a 1 m long fissure appeared on the outskirts of Grindavik. It is about 200 m from the nearest building. In the late afternoon a lava flow reached the first two houses. They burned down.',
  },
  {
    event: 'grindavik-eruption-2024-01', split: 'held-out-2', outlet: 'Graphic News',
    url: 'https://www.graphicnews.com/en/pages/45308/desastres-erupcion-en-islandia-incendia-casas',
    title: 'Iceland eruption sets houses on fire', published: '2024-01-15T12:00:00Z',
    text: '• For full details of graphics available/in preparation, see Menu -> Planners. Iceland eruption sets houses on fire infographic. Graphic shows details of the eruption. Homes destroyed as lava hits Iceland town. By Jordi Bou. January 15, 2024 - Lava flowed into houses in the Icelandic town of Grindavik after a volcano on the Reykjanes peninsula erupted for the second time in less than a month. A crack in the earth\'s surface opened in the early hours of Sunday, spilling lava into the fishing town.',
  },
  {
    event: 'grindavik-eruption-2024-01', split: 'held-out-2', outlet: 'Daily Mail',
    url: 'https://www.dailymail.co.uk/news/article-12962007/iceland-volcano-eruption-lava-town-house-fire.html',
    title: 'Iceland volcano eruption lava town house fire', titleFrom: 'address', published: '2024-01-14T19:00:00Z',
    text: 'Homes in the Icelandic town of Grindavik have been set alight by an eruption on the Reykjanes peninsula. Video footage shows two large homes on the northernmost tip of the fishing town, which lies around 25 miles away from Iceland\'s capital Reykjavík, burning after lava that burst from the earth today crept towards them. The homes, both painted white, were seen burning next to the ever-growing flow of molten rock. Two fissures have so far opened up, just weeks after the town was evacuated to ensure the safety of its population of around 4,000.',
  },
  {
    // Recalls the December eruption too; it reports January's.
    event: 'grindavik-eruption-2024-01', split: 'held-out-2', outlet: 'Jurnal Time (The Guardian)',
    url: 'https://www.jurnaltime.com/the-lava-of-the-volcano-has-reached-the-settlements',
    title: 'The lava of the volcano has reached the settlements', titleFrom: 'address', published: '2024-01-15T08:00:00Z',
    text: 'According to the British newspaper The Guardian, earthquakes in the town of Grindavik caused two cracks in the area. Lava spewing from the fissures, reaching a height of 100 meters, breached the wall built to protect the town of Grindavik from the lava. At least three houses were engulfed in flames in the fire caused by the lava reaching the settlements. The volcano on the Reykjanes Peninsula erupted on December 18, the IMO said in a statement.',
  },
];
