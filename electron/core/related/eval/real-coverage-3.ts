// A third held-out group of real multi-outlet coverage (see real-coverage.ts for
// how excerpts are gathered and labelled). Added after the second group's
// failures were studied, and kept unseen while the rules they prompted were
// written: it is reported, never tuned on.
//
// 57 excerpts: 10 events, in pairs of the same kind close in time, each
// excerpt from a different site within its event, and 3 single-outlet
// background pieces about the same places and topics, each with its own event
// so that it must stay alone:
//   - Storm Gerrit in Scotland (27-28 Dec 2023) and Storm Henk in southern
//     England and Wales (2-3 Jan 2024), five days apart; background: the Met
//     Office's 2023/24 storm names (1 Sep 2023), which lists both;
//   - the UK general election (4-5 Jul 2024) and the French legislative
//     second round (7 Jul 2024), three days apart;
//   - the magnitude 7.8 earthquake in Turkey and Syria (6-8 Feb 2023) and the
//     magnitude 6.4 at Defne, Hatay (20 Feb 2023), two weeks apart in the same
//     province; background: Antakya a year on (Feb 2024);
//   - the ECB's 0.75-point rise (27 Oct 2022) and the Bank of England's
//     0.75-point rise to 3% (3 Nov 2022), a week apart; background: UK
//     inflation at 11.1% (16 Nov 2022);
//   - Hurricane Harvey's landfall in Texas (25-26 Aug 2017) and Hurricane
//     Irma's in the Florida Keys (10 Sep 2017).
// Wire copies, reposts dated days later (a Gerrit report reposted on the day
// Henk hit, a Bank of England video reposted eleven days on) and one-line
// flashes are among them. Publication times are the page's own where it gave
// one, else noon UTC on the page's date (or on the day the text describes);
// exceptions are noted where the event came later that day.
// Headlines marked `titleFrom: 'address'` are the words of the page's own
// address, and `titleFrom: 'lead'` the page's first sentence, where the stored
// excerpt did not include the headline.
import type { RealArticle } from './real-coverage.ts';

export const HELD_OUT_3: RealArticle[] = [
  // ── Background, not an event of this group: the Met Office's list of storm names for 2023/24 (Gerrit and Henk among them), 1 September 2023 (held-out 3) ──
  {
    event: 'uk-storm-names-2023', split: 'held-out-3', outlet: 'Cedar News (WhatsNew2Day)',
    url: 'https://en.cedarnews.net/61561/task/the-met-office-unveils-the-first-storm-names-of-the-season-could-you-find-your-name-on-the-list/',
    title: 'The Met Office unveils the first storm names of the season could you find your name on the list', titleFrom: 'address', published: '2023-09-01T12:00:00Z',
    text: 'WhatsNew2Day – Latest News And Breaking Headlines. From last year’s Storm Eunice to Storm Daria in 1990, many of us will remember some of the worst storms to hit the UK in recent history. Now the Met Office has revealed the names of the storms that will hit Britain in the upcoming season, which will run from September 2023 to the end of August 2024. Agnes, Ciaran and Elin are among the new names chosen to honor those who work to keep people safe in times of extreme weather. Meanwhile, Minnie made the list after Beano’s famous character, Minnie the Minx. So, do you share a name with any of the upcoming storms? Scroll down to see the full list of storms hitting Britain. Complete list of storm names 2023/2024 Agnes. babet. ciaran. Debi. he in. Fergus. gerrit. Henk.',
  },
  // ── Storm Gerrit: blizzards, floods and power cuts in Scotland, 27-28 December 2023 (held-out 3) ──
  {
    event: 'storm-gerrit-2023', split: 'held-out-3', outlet: 'Yahoo News (BBC)',
    url: 'https://news.yahoo.com/thousands-homes-still-without-power-093527027.html',
    title: 'Thousands homes still without power', titleFrom: 'address', published: '2023-12-28T12:00:00Z',
    text: 'Almost 8,000 homes are still without power after Storm Gerrit brought blizzards and flooding to Scotland. Eleven properties in Cupar, Fife, were evacuated due to flooding while drivers on the A9 in the Highlands were stranded by snow on Wednesday evening. The road was shut at Scrabster due to a landslide though one lane has reopened. Power company SSEN said customers in the north east and Shetland had been worst affected, with some power outages likely to continue into Friday. Elsewhere in the UK, a hundred homes were damaged after a "localised tornado" tore through the Tameside area of Greater Manchester.',
  },
  {
    event: 'storm-gerrit-2023', split: 'held-out-3', outlet: 'Evening Standard (PA)',
    url: 'http://www.standard.co.uk/news/environment/power-scottish-loch-ness-shetland-aberdeenshire-b1129400.html',
    title: 'Power restored to more than 46,000 properties after Storm Gerrit', published: '2023-12-28T12:00:00Z',
    text: 'Power is expected to be restored to the remaining 1,500 properties on Friday. (James Matheson/PA) PA Media. Ryan McDougall28 December 2023. Scottish and Southern Electricity Networks (SSEN) says it has restored power to 46,000 customers after disruption caused by Storm Gerrit. By 8.45pm on Thursday, around 1,500 properties were expected to still be without power until Friday, as predicted by SSEN. There were 242 properties without electricity in Argyll and the West Highlands, 292 in the Highlands, 812 in the north east, four in Shetland, and 338 in Tayside and Central.',
  },
  {
    event: 'storm-gerrit-2023', split: 'held-out-3', outlet: 'News USA Today',
    url: 'https://news-usa.today/thousands-without-power-in-scotland-as-storm-gerrit-brings-blizzards-and-flooding/',
    title: 'Severe Storm Gerrit Leaves Scotland Devastated and Thousands Without Power', published: '2023-12-28T12:00:00Z',
    text: '12 Severe Storm Gerrit Leaves Scotland Devastated and Thousands Without Power “Almost 3,000 homes are still without power after Storm Gerrit brought blizzards and flooding to Scotland.” Severe weather conditions caused by Storm Gerrit have wreaked havoc in Scotland, leaving a trail of destruction in its wake. The storm, which brought blizzards and flooding, has resulted in nearly 3,000 homes being left without power across the country. Certain areas have been particularly affected, with Shetland and the north-east experiencing the worst outages. Restoration efforts are underway; however, some residents may remain without power for up to 48 hours. Flooding has forced the evacuation of eleven properties in Cupar, Fife.',
  },
  {
    event: 'storm-gerrit-2023', split: 'held-out-3', outlet: 'Weather News Point',
    url: 'http://weathernewspoint.com/?p=7959',
    title: 'Scottish authorities reported that around 16,000 homes were without power on Thursday due to Storm Gerrit, which caused severe disruptions across Scotland', titleFrom: 'lead', published: '2023-12-28T12:00:00Z',
    text: 'Scottish authorities reported that around 16,000 homes were without power on Thursday due to Storm Gerrit, which caused severe disruptions across Scotland. The storm brought heavy snow, strong winds, and rain, leading to significant damage to the electricity network. Scottish and Southern Electricity Networks (SSEN) worked in challenging conditions, with wind speeds reaching 80 mph in coastal areas. They have restored power to 25,000 properties but warned that some rural areas might remain without electricity for up to 48 hours. Scotland’s rail network faced widespread cancellations and delays. ScotRail suspended several services, and other lines are halted until a full inspection is completed.',
  },
  {
    // A copy of a report written on Friday 29 December, posted (by its address) on 2 January: the day Storm Henk hit southern England.
    event: 'storm-gerrit-2023', split: 'held-out-3', outlet: 'Berdasarkanapa (BBC copy)',
    url: 'https://berdasarkanapa.com/2024/01/02/homes-have-second-night-without-power-after-storm-gerrit/',
    title: 'Homes have second night without power after Storm Gerrit', published: '2024-01-02T12:00:00Z',
    text: 'tree fallen. Image caption,SSEN crews were working to restore power after storm damage near Fort Augustus. About 750 homes had another night without power after Storm Gerrit brought snow and floods to Scotland. Power company SSEN said it had managed to restore supplies to more than 45,000 properties, with residents in the north east and Shetland worst affected. Of those, about 750 were brought back on supply between midnight and 01:00 – leaving the same amount still without power. SSEN said it was confident they would be reconnected later on Friday. It comes after houses in Cupar, Fife, were flooded while drivers on the A9 in the Highlands were stranded by snow.',
  },
  // ── Storm Henk: 94 mph gusts, floods and "do not travel" across southern England and Wales, 2-3 January 2024 (held-out 3), five days after Gerrit ──
  {
    event: 'storm-henk-2024', split: 'held-out-3', outlet: 'Translogistics News (Daily Mail copy)',
    url: 'https://news.translogistics.net/2024/01/storm-henk-travel-hell-as-trains-cancelled-dartford-crossing-is-closed-holiday-parks-are-evacuated-the-london-eye-stops-running-and-roofs-and-scaffolding-are-blown-away-as',
    title: 'Storm Henk: travel hell as trains cancelled, Dartford Crossing is closed, holiday parks are evacuated, the London Eye stops running and roofs and scaffolding are blown away as …', published: '2024-01-02T14:13:00Z',
    text: '- Rail disruption on more than 20 lines due to flooding and signalling issues. - Met Office imposes rain and wind warnings in England and Wales until 9pm. By Mark Duell[1] and Matthew Lodge[2] and Sam Wright[3]. Published: 14:13, 2 January 2024 | Updated: 22:54, 2 January 2024. Londoners were urged to stay indoors today as Storm Henk hit Britain with 94mph gusts and two inches of rain after the Met Office[4] issued an urgent amber warning. The storm, which was dramatically named by meteorologists just one hour before it hit at 10am this morning, will bring ‘very wild outdoor conditions’ until 8pm today.',
  },
  {
    event: 'storm-henk-2024', split: 'held-out-3', outlet: 'Yahoo News',
    url: 'https://news.yahoo.com/storm-henk-motorists-warned-only-180836729.html',
    title: 'Storm Henk motorists warned only', titleFrom: 'address', published: '2024-01-03T12:00:00Z',
    text: 'Drivers have been urged to avoid using their cars during torrential rain after flooding caused by Storm Henk brought widespread disruption to roads across the country. West Midlands Ambulance Service (WMAS) said only journeys deemed “necessary” should be taken in extreme wet conditions with motorists told to be vigilant against travelling through floods amid fears they could be swept off the road. It comes after Storm Henk brought heavy rain and winds of more than 80mph to southern England, the Midlands, East Anglia and Wales throughout Tuesday A driver in his 50s was killed after a tree crushed his car in Gloucestershire, while trees were uprooted in other areas of the country including onto railway tracks.',
  },
  {
    event: 'storm-henk-2024', split: 'held-out-3', outlet: 'The National',
    url: 'https://www.thenationalnews.com/world/uk-news/2024/01/03/storm-henk-weather-warning',
    title: 'Storm Henk pummels UK with London flights delayed and travel disrupted', published: '2024-01-03T12:00:00Z',
    text: 'Soraya Ebrahimi. English. Arabic. Winds of more than 150kph from Storm Henk led to train services being cancelled across Britain and flights from London to the UAE delayed. Flights from London Heathrow and London Gatwick to Abu Dhabi and Dubai suffered delays due to Tuesday\'s exceptionally high winds and heavy rain from Storm Henk. Transport networks across Britain slowly returned to normal on Wednesday following the disruption caused by the storm, which killed at least one person. A spokeswoman for Gatwick told The National: “We are in a good position this morning and the airport is operating well.”',
  },
  {
    event: 'storm-henk-2024', split: 'held-out-3', outlet: 'VHU Europe (Sky News copy)',
    url: 'http://www.vhueurope.com/story/storm-henk-travel-chaos-after-94mph-gusts-brought-widespread-damage-13041267',
    title: 'Storm Henk travel chaos with major roads closed and hundreds of flood warnings in place', published: '2024-01-03T10:41:00Z',
    text: 'Train services have been disrupted across the south of the country and dozens of flood warnings are still in place. Wednesday 3 January 2024 10:41, UK. Commuters are being warned to expect major travel disruption today as the clean-up begins in the wake of Storm Henk. Several major roads have been closed, some train lines have been blocked, as many as 10,000 homes have been left without power, and there are hundreds of flood warnings in place across England, Scotland and Wales. It comes after Henk - the eighth of the 2023-24 storm season - brought lashing winds of up to 94mph and heavy rain to some parts of the country on Tuesday.',
  },
  {
    event: 'storm-henk-2024', split: 'held-out-3', outlet: 'Ghana News Agency (PA Media/dpa)',
    url: 'https://gna.org.gh/2024/01/trains-disrupted-hundreds-of-flood-warnings-after-storm-lashes-uk',
    title: 'Trains disrupted hundreds of flood warnings after storm lashes UK', titleFrom: 'address', published: '2024-01-03T12:00:00Z',
    text: 'London, Jan. 3, (PA Media/dpa/GNA) – Transport delays will continue on Wednesday as train services get back on track after rain and strong winds from Storm Henk lashed large parts of Britain. More than 300 flood warnings were also in place across England and Wales on Wednesday morning, while 10,000 homes remained without power. The UK’s rail network was hit by flooding and power cuts on Tuesday afternoon, with many operators reporting ongoing issues for the morning commute. Train operator Greater Anglia said it was still experiencing “severe disruption,” with “do not travel” warnings in place on several routes, while South Western Railway said disruption linked to the storm was likely continue throughout the day.',
  },
  {
    event: 'storm-henk-2024', split: 'held-out-3', outlet: 'NationalWorld',
    url: 'https://www.nationalworld.com/news/weather/storm-henk-travel-disruption-roads-railways-continue-90mph-winds-rain-4464500',
    title: 'Storm Henk travel disruption roads railways continue 90mph winds rain', titleFrom: 'address', published: '2024-01-03T12:00:00Z',
    text: 'More than 300 flood warnings are in place across England and Wales after Storm Henk brought heavy rainfall and strong winds. Commuters are set for further disruption on the roads and railways today (January 3) after Storm Henk brought in heavy rain and strong winds to England and Wales. The travel network in parts of England and Wales have been severely affected, with roads blocked by flooding and debris and railways flooded. More than 300 flood warnings are in place around the country and 10,000 home have been left without power after winds of up to 94mph were recorded.',
  },
  // ── UK general election: Labour landslide, Keir Starmer prime minister, 4-5 July 2024 (held-out 3) ──
  {
    event: 'uk-election-2024', split: 'held-out-3', outlet: 'Channel 4 News',
    url: 'https://www.channel4.com/news/labour-wins-massive-majority-but-is-this-a-loveless-landslide',
    title: 'Labour wins massive majority – but is this a loveless landslide?', published: '2024-07-05T12:00:00Z',
    text: '5 Jul 2024. Labour wins massive majority – but is this a loveless landslide? Political Editor. Promising to be a force for good and to restore trust in politics – Sir Keir Starmer has hit the ground running on his first day in office naming his new Cabinet – and declaring that the work of change would begin immediately. With just one seat left to declare, Labour can boast a majority of 176 MPs. While the Conservatives are down to a third of their previous total. It was a record night for the Liberal Democrats, as they become the third largest party in Westminster. While the SNP suffered huge losses.',
  },
  {
    event: 'uk-election-2024', split: 'held-out-3', outlet: 'The New Arab',
    url: 'https://www.newarab.com/news/keir-starmers-labour-wins-uk-general-election',
    title: 'Keir Starmer\'s Labour wins UK general election', published: '2024-07-05T12:00:00Z',
    text: 'Keir Starmer has led Britain\'s Labour Party to a landslide election victory, and on Friday will become prime minister. 4 min read. Labour Leader Keir Starmer celebrates winning the 2024 General Election with a speech at Tate Modern on July 05, 2024 in London, England. [Getty]. Keir Starmer on Friday will become Britain\'s new prime minister, as his centre-left opposition Labour party swept to a landslide general election victory, ending 14 years of right-wing Conservative rule. "The Labour Party has won this general election, and I have called Sir Keir Starmer to congratulate him on his victory," a sombre-looking Rishi Sunak said after he was re-elected to his seat.',
  },
  {
    event: 'uk-election-2024', split: 'held-out-3', outlet: 'Times Caribbean',
    url: 'https://timescaribbeanonline.com/labour-wins-uk-general-election-2024-in-landslide-victory-keir-starmer-to-become-prime-minister/',
    title: 'Labour wins UK general election 2024 in landslide victory Keir Starmer to become prime minister', titleFrom: 'address', published: '2024-07-05T12:00:00Z',
    text: 'In a historic turn of events, Labour under the leadership of Keir Starmer has secured a resounding victory in the UK general election, poised to claim 410 seats in Parliament compared to the Conservatives’ 144. Landslide Victory for Labour. Keir Starmer, in his triumphant victory speech to jubilant supporters in London, declared, “Change begins now,” as the nation prepares for a new era of governance under Labour’s leadership. The election results mark a significant shift in British politics, reflecting widespread voter confidence in Labour’s platform and promises. Conservative Concessions and Losses. Outgoing Prime Minister Rishi Sunak conceded defeat earlier in the evening, acknowledging Labour’s overwhelming mandate.',
  },
  {
    event: 'uk-election-2024', split: 'held-out-3', outlet: 'i24NEWS',
    url: 'https://www.i24news.tv/en/news/international/europe/artc-uk-purged-of-corbynites-labour-sweeps-to-landslide-victory',
    title: 'UK purged of Corbynites Labour sweeps to landslide victory', titleFrom: 'address', published: '2024-07-05T12:00:00Z',
    text: 'Labour leader and incoming British Prime Minister Keir Starmer celebrated with supporters on Friday morning after his party surged to a landslide victory ending 14 years of often tumultuous Conservative government. Starmer and his wife Victoria posed for photographers with a smile at the vote count for his parliamentary seat in central London and was cheered by party members at an event at London\'s Tate Modern museum. The center-left Labour won a massive majority in the 650-seat parliament with Rishi Sunak\'s Conservatives suffering the worst performance in the party\'s long history as voters punished them for a cost of living crisis, failing public services, and a series of scandals.',
  },
  {
    event: 'uk-election-2024', split: 'held-out-3', outlet: 'PoliticsHome',
    url: 'https://www.politicshome.com/news/article/live-2024-general-election-results',
    title: 'New PM Keir Starmer Leads Labour To Landslide Victory', published: '2024-07-05T12:00:00Z',
    text: 'Thu, 18 July 2024. Newsletter sign-up. Subscribe now. The House Live All. By Ben Guerin. Press releases. New PM Keir Starmer Leads Labour To Landslide Victory. Keir Starmer is now UK Prime Minister after a landslide election victory (Alamy). 5 min read. Keir Starmer has officially become the new Prime Minister of the United Kingdom, after the Labour Party won the 2024 General Election in a historic landslide. What you need to know: Keir Starmer has become Prime Minister as Labour achieves one of its best ever General Election results, telling the nation he will govern with "stability and moderation". Rishi Sunak announced his resignation as prime minister outside Downing Street on Friday morning, saying he had heard the public\'s "anger" and "disappointment".',
  },
  // ── France: legislative election second round, the left-wing New Popular Front first and the National Rally third, 7 July 2024 (held-out 3), three days after the UK vote ──
  {
    event: 'france-runoff-2024', split: 'held-out-3', outlet: 'The Jerusalem Post (Reuters)',
    url: 'https://www.jpost.com/breaking-news/article-809311',
    title: 'France\'s left-wing New Popular Front coalition won the most seats in the second voting round of parliamentary elections', titleFrom: 'lead', published: '2024-07-07T12:00:00Z',
    text: 'France\'s left-wing New Popular Front coalition won the most seats in the second voting round of parliamentary elections, leading pollsters said on Sunday, putting them on track for an unexpected win over the far right National Rally (RN) party but short of an absolute majority in parliament. An IFOP estimate for broadcaster TF1 said the New Popular Front could win 180-215 seats in parliament in the second voting round, while an Ipsos poll for France TV projected 172-215 seats for the left-wing bloc. France\'s move to the right. An Opinionway poll for C News TV said the New Popular Front would win 180-210 seats while an Elabe poll for BFM TV projected a range of 175-205 seats for them.',
  },
  {
    event: 'france-runoff-2024', split: 'held-out-3', outlet: 'Pledge Times',
    url: 'https://pledgetimes.com/exit-polls-suggest-left-wing-victory-in-french-elections/',
    title: 'Exit polls suggest left wing victory in French elections', titleFrom: 'address', published: '2024-07-07T12:00:00Z',
    text: 'The left won the second round of the French legislative elections this Sunday (7) | Photo: Andre Pain/EFE. The left-wing New Popular Front (NFP) won the French legislative elections on Sunday, securing the largest number of seats in the National Assembly, the country’s parliament, according to four exit polls. The National Assembly has 577 seats; 289 seats are needed to have the majority needed to choose the prime minister. The coalition led by Jean-Luc Mélenchon obtained 160 to 215 seats, while the centrist bloc led by French President Emmanuel Macron obtained 150 to 180.',
  },
  {
    event: 'france-runoff-2024', split: 'held-out-3', outlet: 'DW',
    url: 'https://www.dw.com/en/french-election-leftists-win-big-far-right-places-third/a-69588986',
    title: 'French election leftists win big far right places third', titleFrom: 'address', published: '2024-07-07T12:00:00Z',
    text: 'The left-wing New Popular Front (NFP) landed a surprise win over the far-right National Rally (RN) in the second round of the 2024 French legislative election. No alliance, however, managed to land an absolute majority. The leftist New Popular Front (NFP) grabbed the top spot in the second round of the French legislative election on Sunday in a major upset over the far-right, according to projections. The New Popular Front (NFP) was expected to have 172-215 seats, whereas French President Emmanuel Macron\'s centrist Ensemble alliance was in second with 150 to 180 MPs. Marine Le Pen\'s far-right National Rally unexpectedly landed in third place with 120 to 152 seats.',
  },
  {
    // Polling day, before any result: still this event.
    event: 'france-runoff-2024', split: 'held-out-3', outlet: 'Famagusta Gazette',
    url: 'https://www.famagusta-gazette.com/2024/07/07/decisive-round-of-legislative-elections-kicks-off-in-france/',
    title: 'Decisive round of legislative elections kicks off in France', published: '2024-07-07T12:00:00Z',
    text: 'The second and decisive round of France’s snap legislative elections kicked off Sunday in Metropolitan France for voters to elect the remaining 501 members of the 577-seat French National Assembly. According to the results published by the French Interior Ministry, the French far-right wing party National Rally (RN) was leading the first round of the elections held on June 30, taking 37 seats. Following the RN, the New Popular Front, the left-wing parties’ electoral alliance, won 32 seats, while French President Emmanuel Macron’s centrist coalition only gained two seats.',
  },
  {
    event: 'france-runoff-2024', split: 'held-out-3', outlet: 'News of the World US',
    url: 'https://newsoftheworld.us/french-pm-attal-to-resign-amid-election-shakeup',
    title: 'French PM Attal to Resign Amid Election Shakeup', published: '2024-07-08T12:00:00Z',
    text: 'French Prime Minister Gabriel Attal said he will hand his resignation to President Emmanuel Macron, adding he will carry out his functions as long as required. Attal made the comments after France\'s left-wing New Popular Front coalition won the most seats in the second voting round of parliamentary elections, leading pollsters said, putting them on track for an unexpected win over the far-right National Rally party but short of an absolute majority in parliament. Gabriel Attal hailed that “no extremes,” referring to the far-right party National Rally and the left-wing alliance New Popular Front, secured an outright majority to govern the country.',
  },
  // ── Turkey and Syria: magnitude 7.8 earthquake near Gaziantep and Kahramanmaraş, 6-8 February 2023 (held-out 3) ──
  {
    event: 'turkey-syria-quake-2023', split: 'held-out-3', outlet: 'Switsalone',
    url: 'https://www.switsalone.com/43682_powerful-earthquake-struck-turkey-and-syria/',
    title: 'Powerful earthquake struck Turkey and Syria', titleFrom: 'address', published: '2023-02-06T12:00:00Z',
    text: 'An Earthquake of magnitude 7.8 hits Turkey and Syria, on Monday, February 6, 2023. According to reports, the Earthquake killed more than 1,300 people, injured thousands, toppled buildings and caused widespread destruction. The quake has been described as one of the strongest earthquakes to hit the region in a century, sending tremors as far away as Lebanon and Israel. The epicentre of the 7.8-magnitude quake was 23 kilometres (14.2 miles) east of Nurdagi, in Turkey’s Gaziantep province, at a depth of 24.1 kilometres (14.9 miles), the United States Geological Survey (USGS) said.',
  },
  {
    event: 'turkey-syria-quake-2023', split: 'held-out-3', outlet: 'UkraNews',
    url: 'https://ukranews.com/en/news/913212-powerful-earthquake-hits-turkey-and-syria-killing-more-than-1-300-people',
    title: 'Powerful earthquake hits Turkey and Syria killing more than 1 300 people', titleFrom: 'address', published: '2023-02-06T12:00:00Z',
    text: 'Today, February 6, in the morning in southern Turkey and northern Syria there was a powerful earthquake of magnitude 7.8. More than 1,300 people were killed, and search and rescue operation is still ongoing. This was reported by the Associated Press. Thus, the U.S. Geological Survey reported that the epicenter of the earthquake was about 33 kilometers from the city of Gaziantep in southern Turkey and about 90 kilometers from the Syrian border. Its center was at a depth of 18 kilometers. At least 20 tremors followed, hours later during daylight hours, the strongest of which was magnitude 6.6, Turkish authorities said.',
  },
  {
    event: 'turkey-syria-quake-2023', split: 'held-out-3', outlet: 'South China Morning Post',
    url: 'https://www.scmp.com/news/world/middle-east/article/3209205/powerful-earthquake-knocks-down-buildings-turkey-syria?utm_source=rss_feed',
    title: 'Powerful earthquake knocks down buildings Turkey Syria', titleFrom: 'address', published: '2023-02-06T12:00:00Z',
    text: 'A 7.8 magnitude quake has knocked down multiple buildings in southeast Turkey and Syria and many casualties are feared. At least five deaths were reported initially in Turkey. In northwest Syria, the opposition’s Syrian Civil Defence described the situation in the rebel-held region as “disastrous” adding that entire buildings have collapsed and people are trapped under the rubble. The civil defence urged people to evacuate buildings to gather in open areas. The US Geological Survey said the quake was centred about 33km (20 miles) from Gaziantep, a major city and provincial capital. It was felt in several provinces. The earthquake came as the Middle East is experiencing a snowstorm that is expected to continue until Thursday.',
  },
  {
    event: 'turkey-syria-quake-2023', split: 'held-out-3', outlet: 'Los Angeles Times',
    url: 'https://www.latimes.com/world-nation/story/2023-02-07/quake-deaths-pass-5000-turkey-syria-seek-survivors',
    title: 'Quake deaths pass 5000 Turkey Syria seek survivors', titleFrom: 'address', published: '2023-02-07T12:00:00Z',
    text: 'Rescuers raced Tuesday to find survivors in the rubble of thousands of buildings brought down by a magnitude 7.8 earthquake and multiple aftershocks that struck eastern Turkey and neighboring Syria, with the discovery of more bodies raising the death toll to more than 5,000. Countries around the world dispatched teams to assist in the rescue efforts — including dozens of specially trained Los Angeles County firefighters — and Turkey’s disaster management agency said more than 24,400 emergency personnel were now on the ground. But with such a wide swath of territory hit by Monday’s earthquake and nearly 6,000 buildings confirmed to have collapsed in Turkey alone, their efforts were spread thin.',
  },
  {
    event: 'turkey-syria-quake-2023', split: 'held-out-3', outlet: 'Arkansas Democrat-Gazette (AP)',
    url: 'https://www.arkansasonline.com/news/2023/feb/08/quakes-deaths-top-7700-with-cries-for-help-fading/',
    title: 'Quakes deaths top 7700 with cries for help fading', titleFrom: 'address', published: '2023-02-08T12:00:00Z',
    text: 'NURDAGI, Turkey -- Rescuers raced against time Tuesday to pull survivors from the rubble before they succumbed to cold weather two days after an earthquake tore through southern Turkey and war-ravaged northern Syria. The death toll climbed above 7,700 and was expected to rise further. The past two days have brought dramatic rescues, including small children emerging from mounds of debris more than 30 hours after Monday\'s pre-dawn quake. But there was also widespread despair and growing anger at the slow pace of rescue efforts in some areas. "It\'s like we woke up to hell," said Osman Can Taninmis, whose family members were still beneath the rubble in Hatay, Turkey\'s hardest-hit province.',
  },
  {
    event: 'turkey-syria-quake-2023', split: 'held-out-3', outlet: 'Bloggers Oasis',
    url: 'https://bloggersoasis.com/web-stories/earthquake-in-turkey/',
    title: 'Breaking Ground: Earthquake in Turkey', published: '2023-02-06T12:00:00Z',
    text: 'An earthquake of 7.8 magnitude occurred in Turkey on February 6, 2023 at around 4.15 am. Its center was in Gaziantep area. There have reportedly been hundreds of casualties, though the exact death toll is still unknown. Dozens of buildings have collapsed. A gasoline pipeline explosion caused numerous fires to start. There is destruction in Syria as well, which is close to the border with Gaziantep.. In Turkey, more than 18,000 people have died as a result of earthquakes over the past 24 years. Another significant earthquake of 7.5 magnitudes occurred after the 7.8 earthquake. This made people fearful.',
  },
  // ── Turkey: magnitude 6.4 earthquake at Defne, Hatay, 20 February 2023 (held-out 3), two weeks after the 7.8; it struck at 17:04 UTC, so pages dated only by the day are set at 20:00 UTC ──
  {
    event: 'hatay-quake-2023', split: 'held-out-3', outlet: 'Celebrity Life (Guardian copy)',
    url: 'https://celebritylife.info/turkey-hit-by-new-6-4-magnitude-earthquake/',
    title: 'Turkey hit by new 6.4-magnitude earthquake', published: '2023-02-20T20:00:00Z',
    text: 'A powerful 6.4 magnitude earthquake has hit Turkey’s southern province of Hatay, terrifying those left in a region devastated by powerful twin earthquakes two weeks earlier. The quake, less powerful than the initial 7.8 and 7.5 magnitude earthquakes which tore a path of destruction through southern Turkey and northern Syria on 6 February, threatening yet more devastation in a region that had seen many people flee their destroyed homes for the safety of other towns and villages outside of the earthquake zone. It struck at a depth of just two km (1.2 miles), the European Mediterranean Seismological Centre (EMSC) said, potentially magnifying its impact at ground level.',
  },
  {
    event: 'hatay-quake-2023', split: 'held-out-3', outlet: 'New World Video (Al Jazeera copy)',
    url: 'https://newworld.video.tm/new-magnitude-6-4-earthquake-rocks-southern-turkey',
    title: 'New magnitude 6.4 earthquake rocks southern Turkey', published: '2023-02-20T20:00:00Z',
    text: 'A shallow magnitude 6.4 earthquake struck the Turkey-Syria border region after it was devastated earlier this month by temblors that killed tens of thousands of people. Monday’s aftershock in Turkey’s Hatay province was at a depth of 2km (1.2 miles), the European Mediterranean Seismological Centre said. The quake hit the town of Defne at 8:04pm (17:04 GMT) and was strongly felt in the cities of Antakya and Adana, 200km (300 miles) to the north. A second magnitude 5.8 centered in Samandag district of Hatay shook the region several minutes later, Turkey’s emergency management agency said. Al Jazeera’s Assed Baig, reporting from Gaziantep, said there were reports of more structures being destroyed in the region.',
  },
  {
    event: 'hatay-quake-2023', split: 'held-out-3', outlet: 'Stockholm Center for Freedom',
    url: 'https://stockholmcf.org/6-4-earthquake-jolts-southern-turkish-province-of-hatay/',
    title: '6 4 earthquake jolts southern Turkish province of Hatay', titleFrom: 'address', published: '2023-02-21T12:00:00Z',
    text: 'A magnitude-6.4 earthquake hit the southern Turkish province of Hatay on Monday evening, two weeks after the city was struck by two powerful earthquakes in southeast Turkey, the NTV news website reported. Hatay was among the 11 provinces hit hardest by a magnitude-7.8 earthquake in the early morning hours of Feb. 6 and later a magnitude-7.5 quake the same day that have claimed the lives of at least 45,000 people in Turkey and parts of Syria. Turkey’s Disaster and Emergency Management Agency (AFAD) announced that the epicenter of the most recent earthquake was Hatay’s Defne district. The 6.4-magnitude earthquake, which struck at 8:04 pm (1704 GMT), was followed by several aftershocks including one measuring 5.8.',
  },
  {
    event: 'hatay-quake-2023', split: 'held-out-3', outlet: 'Yahoo News Malaysia (The Independent)',
    url: 'https://malaysia.news.yahoo.com/earthquake-strikes-turkey-syria-border-174531463.html',
    title: 'Earthquake strikes Turkey-Syria border two weeks after devastating tremors', published: '2023-02-20T20:00:00Z',
    text: 'Breaking (Independent). Breaking (Independent). A earthquake of at least magnitude 6.4 has struck the Turkey-Syria border region, two weeks after deadly tremors devastated the area. Turkey\'s disaster management agency, AFAD, said the magnitude 6.4-earthquake was centered around the town of Defne, in Hatay province. The earthquake struck at a depth of 1.2 miles (2km) in Hatay province, the European Mediterranean Seismological Centre (EMSC) said, measuring it at 6.3 magnitude. NTV television said the quake caused some damaged buildings to collapse, but there were no immediate reports of any casualties. Two Reuters witnesses reported a strong quake and further damage to buildings in central Antakya, the capital of Hatay province.',
  },
  {
    event: 'hatay-quake-2023', split: 'held-out-3', outlet: 'The Daily Update',
    url: 'https://thedailyupdate.co/2023/02/20/turkey-hit-by-6-4-magnitude-earthquake-two-weeks-after-disaster/',
    title: 'Turkey hit by 6.4 magnitude earthquake two weeks after disaster', published: '2023-02-20T20:00:00Z',
    text: 'A 6.4 magnitude earthquake has struck the Turkey-Syria border two weeks after a massive quake in the same region left more than 45,000 people dead, the US Geological Survey has said. Turkey’s AFAD disaster management agency said the earthquake was centered around the town of Defne in the country’s Hatay province, which was devastated by a huge 7.8 magnitude tremor this month. The earthquake on Monday was followed by a magnitude 5.8 tremor. Luftu Savas, the mayor of Turkey’s Hatay province, said there have been reports of people under rubble after the latest quake. Mr Savas added that there is no power in the town of Samandagi.',
  },
  {
    event: 'hatay-quake-2023', split: 'held-out-3', outlet: 'Euronews',
    url: 'https://www.euronews.com/2023/02/20/64-magnitude-earthquake-hits-turkish-province-of-hatay',
    title: '64 magnitude earthquake hits Turkish province of Hatay', titleFrom: 'address', published: '2023-02-20T20:00:00Z',
    text: 'A 6.4 magnitude earthquake has shaken the southeastern Turkish province of Hatay, the Kandilli earthquake observatory in Istanbul reported on Monday. The epicentre was in the district of Samandag. The quake hit the town of Defne at 20:00 local time (18:04 CET) and was reportedly felt in Antakya and Adana. It comes two weeks after a devastating 7.7 earthquake struck southeastern Turkey and northern Syria, shortly followed by a second 7.6 magnitude tremor. To date, some 47,000 fatalities have been recorded in both countries, with the death toll still expected to rise. Turkish President Recep Tayyip Erdogan, who faces elections in May or June, says his country will build tens of thousands of new homes as early as next month.',
  },
  // ── Background, not an event of this group: Antakya a year after the February 2023 earthquake (held-out 3); no date on the page, set at the anniversary ──
  {
    event: 'antakya-one-year-on-2024', split: 'held-out-3', outlet: 'Asharq Al-Awsat',
    url: 'https://english.aawsat.com/features/4834131-historic-antakya-%E2%80%98city-containers%E2%80%99-one-year-after-devastating-earthquake-t%C3%BCrkiye?page=8',
    title: 'Historic Antakya Is a ‘City of Containers’ One Year After Devastating Earthquake in Türkiye', published: '2024-02-06T12:00:00Z',
    text: 'Asharq Al- Awsat tours the city a year after the disaster. Levelled areas are seen in Antakya city. (Asharq Al-Awsat) Levelled areas are seen in Antakya city. (Asharq Al-Awsat) TT. 20. Historic Antakya Is a ‘City of Containers’ One Year After Devastating Earthquake in Türkiye. Levelled areas are seen in Antakya city. (Asharq Al-Awsat) Levelled areas are seen in Antakya city. (Asharq Al-Awsat) One year after the deadly earthquake that struck Türkiye, it is almost impossible to come across someone who has not lost a family member, a friend, or a neighbor in Antakya center.',
  },
  // ── European Central Bank raises its rates by 0.75 points, deposit rate to 1.5%, 27 October 2022 (held-out 3) ──
  {
    event: 'ecb-hike-oct-2022', split: 'held-out-3', outlet: 'Breaking Latest News',
    url: 'https://www.breakinglatest.news/business/ecb-lagarde-inflation-remains-too-high-further-weakening-of-the-economy-at-the-end-of-the-year-and-early-2023/',
    title: 'ECB Lagarde inflation remains too high further weakening of the economy at the end of the year and early 2023', titleFrom: 'address', published: '2022-10-27T12:00:00Z',
    text: '“Inflation (in the euro area) remains too high”. This is what the president of the ECB, Christine Lagarde, said in the press conference following the announcement on rates which today, for the second consecutive time, were raised by 75 basis points. “Consumer and business confidence is falling rapidly – said Lagarde, adding that he foresees a” further weakening of the economy at the end of the year and at the beginning of next year “. This is due to “weaker global demand and also due to more restrictive monetary policy”. “The recovery in post-pandemic demand in the services sector is slowing down,” Lagarde said.',
  },
  {
    event: 'ecb-hike-oct-2022', split: 'held-out-3', outlet: 'Action Forex',
    url: 'https://www.actionforex.com/live-comments/470280-ecb-hikes-75bps-recalibrates-tltro-iii/',
    title: 'ECB hikes 75bps recalibrates TLTRO III', titleFrom: 'address', published: '2022-10-27T12:00:00Z',
    text: 'ECB raises interest rates by 75bps as widely expected. The main refinancing, marginal lending, and deposit rates are 2.00%, 2.25%, and 1.50% respectively, with effect from November 2. The central bank also maintains tightening bias, and said, it “expects to raise interest rates further, to ensure the timely return of inflation to its 2% medium-term inflation target.” Future policy rate path will be based on the “evolving outlook for inflation and the economy”, and follow its “meeting-by-meeting approach. Also, the terms and conditions of the TLTRO III refinancing operations are changed, and “recalibrated” to ensure consistency with broader monetary policy normalization process. Full statement here.',
  },
  {
    event: 'ecb-hike-oct-2022', split: 'held-out-3', outlet: 'Zawya',
    url: 'https://www.zawya.com/en/markets/currencies/ecb-raises-interest-rates-by-075-kqdeq0go',
    title: 'ECB raises interest rates by 075', titleFrom: 'address', published: '2022-10-27T12:00:00Z',
    text: 'The European Central Bank (ECB) today raised its three key interest rates by 75 bp, or 0.75%, building on its last rate rise in September, which saw only its marginal lending late rise by that amount. The announcement was made by the bank’s President Christine Lagarde, who said inflation remains too high and will stay high, and that the move was designed to ensure its timely return to its 2% target. Inflation reached 9.9% in the euro area in September. She said: “In recent months, soaring energy and food prices, supply bottlenecks and the post-pandemic recovery in demand have led to a broadening of price pressures and an increase in inflation.',
  },
  {
    event: 'ecb-hike-oct-2022', split: 'held-out-3', outlet: 'The Times',
    url: 'https://www.thetimes.co.uk/article/ecb-doubles-its-rates-with-more-rises-on-the-way-22xg37btw',
    title: 'ECB doubles its rates with more rises on the way', titleFrom: 'address', published: '2022-10-27T12:00:00Z',
    text: 'Christine Lagarde, ECB president, said that further rate rises were “in the pipeline”. The European Central Bank has increased interest rates by a further 0.75 percentage points in an attempt to tame inflation. Ratesetters agreed to lift their three interest rates to 1.5 per cent, equalling last month’s record rise, in line with market expectations, as energy prices rose across the 19 countries within their remit. It is the third consecutive rate rise since July despite a looming recession in the region. The main deposit rate left negative territory this summer for the first time since the sovereign debt crisis of 2014. Inflation in the euro area hit 9.9 per cent last month, up from 9.1 per cent in August.',
  },
  {
    event: 'ecb-hike-oct-2022', split: 'held-out-3', outlet: 'Chronicle.lu',
    url: 'https://chronicle.lu/category/international-news/43103-ecb-raises-interest-rates-again-by-75-basis-points',
    title: 'ECB raises interest rates again by 75 basis points', titleFrom: 'address', published: '2022-10-27T12:00:00Z',
    text: 'On Thursday 27 October 2022, the European Central Bank (ECB) Governing Council decided to raise the three key ECB interest rates by 75 basis points. The is the third major policy rate increase in a row by the ECB and the Governing Council expects to raise interest rates further, to ensure the timely return of inflation to its 2% medium-term inflation target. The Governing Council will base the future policy rate path on the evolving outlook for inflation and the economy. According to the ECB, inflation remains far too high and will stay above the target for an extended period. In September 2022, euro area inflation reached 9.9%.',
  },
  // ── Bank of England raises Bank Rate by 0.75 points to 3%, the biggest rise since 1989, 3 November 2022 (held-out 3), a week after the ECB ──
  {
    event: 'boe-hike-nov-2022', split: 'held-out-3', outlet: 'The Guardian',
    url: 'https://www.theguardian.com/business/2022/nov/03/bank-of-england-raises-interest-rates-to-3-percent',
    title: 'Bank of England raises interest rates to 3%', published: '2022-11-03T12:00:00Z',
    text: 'Skip to main contentSkip to navigation. Bank of England raises interest rates to 3%. The 0.75 percentage point rise is biggest hike since 1989 as Bank moves to calm soaring inflation. Bank of England building. The central bank’s monetary policy committee increased the cost of borrowing despite forecasts showing the economic outlook deteriorating in 2023. Photograph: Maja Smiejkowska/Reuters. The Bank of England has raised interest rates by 0.75 percentage points to 3% to calm inflation that has soared this year in response to spiralling energy and food bills. In line with financial market expectations, the central bank’s monetary policy committee increased the cost of borrowing despite gloomy forecasts that showed the economic outlook deteriorating next year.',
  },
  {
    event: 'boe-hike-nov-2022', split: 'held-out-3', outlet: 'Channel 4 News',
    url: 'https://www.channel4.com/news/interest-rates-rise-to-3-as-bank-of-england-warns-of-long-recession',
    title: 'Interest rates rise to 3% as Bank of England warns of long recession', published: '2022-11-03T12:00:00Z',
    text: '3 Nov 2022. Interest rates rise to 3% as Bank of England warns of long recession. Policy Correspondent. People are already struggling with soaring costs and a tax burden, the highest since World War Two. Now the Bank of England is preparing us all for years of economic pain. Yet today it responded with the biggest interest rates rise for 30 years. The Bank said it had no choice because it needed to control high inflation. So how are people preparing?',
  },
  {
    event: 'boe-hike-nov-2022', split: 'held-out-3', outlet: 'News Letter',
    url: 'https://www.newsletter.co.uk/business/consumer/cost-of-living/cost-of-living-bank-of-england-hikes-interest-rates-to-highest-for-14-years-3904290',
    title: 'Cost of living Bank of England hikes interest rates to highest for 14 years', titleFrom: 'address', published: '2022-11-03T12:00:00Z',
    text: 'The Bank of England has announced an interest rate rise. The Bank\'s base rate will rise to 3% from 2.25%, its highest for 14 years, and decision makers warned that more hikes are likely. It will help pile around £3,000 per year on to mortgage bills for those households that are set to renew their mortgages, the Bank said. The Bank also warned that the UK could be on course for the longest recession since reliable records began in the 1920s. Gross domestic product (GDP) could shrink for every quarter for two years, with growth only coming back in the middle of 2024.',
  },
  {
    event: 'boe-hike-nov-2022', split: 'held-out-3', outlet: 'Regal Al-Amal',
    url: 'https://en.regalalamal.com/12469/',
    title: 'The Bank of England raises interest rates to 3%, the largest increase in more than three decades', published: '2022-11-03T12:00:00Z',
    text: 'The Bank of England announced today that it will raise the official interest rate for the eighth time on sequentially by 0.2022 a percentage point to 3% (the highest rate hike in more than three decades) in a move aimed at curbing inflation, which reached its highest level in. a year. And in the Bank of England’s economic forecasts Accompanying the rate hike decision, the Bank warned that the UK was facing its longest recession since the Great Depression, adding that the unemployment rate would double. ) And the pound fell – after the Bank of England announced an interest rate hike – by 1.4% to 1.40 against the US dollar, and also fell by 0.8% against the euro to reach 1.15 Euro. A. Hussain',
  },
  {
    // A copy of the summary of the BBC's live page on the decision.
    event: 'boe-hike-nov-2022', split: 'held-out-3', outlet: 'OSBC Nigeria (BBC copy)',
    url: 'https://osbcng.org/uk-inflation-rises-economy-in-recession-till-2024-boe/',
    title: 'UK inflation rises economy in recession till 2024 BoE', titleFrom: 'address', published: '2022-11-03T12:00:00Z',
    text: 'The Bank of England raises interest rates by 0.75% to 3% – the biggest hike since 1989. It also forecasts that the UK is facing a “very challenging” two-year recession – which would be the longest on record. The higher interest rate will be welcomed by savers, but the rise will have a knock-on effect on for those with mortgages, credit card debt and bank loans. Interest rates have been rising since December in an effort to curb soaring prices – inflation is at its highest for 40 years. Today’s rise follows economic turmoil under Liz Truss’s government; though things have calmed slightly since Rishi Sunak took over.',
  },
  {
    // A repost of the Guardian's video of 3 November, dated 14 November in its address.
    event: 'boe-hike-nov-2022', split: 'held-out-3', outlet: 'One News Page (Guardian video)',
    url: 'https://www.onenewspage.com/video/20221114/15113313/Bank-of-England-raises-interest-rates-to.htm',
    title: 'Bank of England raises interest rates to 3% in largest single move for 30 years', published: '2022-11-14T12:00:00Z',
    text: 'Bank of England raises interest rates to 3% in largest single move for 30 years. The Bank of England has announced it will raise interest rates by 0.75 percentage points to 3% despite worries that higher interest rates could be harmful to the economy.',
  },
  // ── Background, not an event of this group: UK inflation reaches 11.1% in October, published 16 November 2022 (held-out 3), two weeks after the Bank of England's rise ──
  {
    event: 'uk-inflation-oct-2022', split: 'held-out-3', outlet: 'The Guardian',
    url: 'https://www.theguardian.com/business/2022/nov/16/uk-inflation-rate-energy-price-rises',
    title: 'UK inflation rate energy price rises', titleFrom: 'address', published: '2022-11-16T12:00:00Z',
    text: 'The UK’s annual inflation rate has hit a fresh 40-year-high of 11.1% after last month’s jump in gas and electricity bills. The Office for National Statistics said dearer energy was mainly to blame as it announced that the government’s preferred measure of the cost of living increased again last month from 10.1% in September. Energy bills rose in October despite the government’s decision to cap the annual amount paid by the average household at £2,500. Inflation as measured by the consumer prices index stood at 4.2% in October 2021 but has moved steadily higher over the past 12 months. The rise was anticipated by the Bank of England in its latest quarterly monetary policy report.',
  },
  // ── Hurricane Harvey makes landfall near Rockport, Texas, as a Category 4, 25-26 August 2017 (held-out 3); landfall was at 03:00 UTC on the 26th ──
  {
    event: 'hurricane-harvey-2017', split: 'held-out-3', outlet: 'Augusta Free Press',
    url: 'http://augustafreepress.com/reports-harvey-makes-landfall-category-4-hurricane-along-texas-coast/',
    title: 'Reports: Harvey makes landfall as Category 4 hurricane along Texas coast', published: '2017-08-26T04:02:00Z',
    text: 'Published Saturday, Aug. 26, 2017, 12:02 am. AccuWeather reports Hurricane Harvey made landfall as a major hurricane between Port Aransas and Port O’Connor, Texas early on Friday night and will continue to batter the Gulf Coast throughout the weekend. accuweatherhe storm is expected to bring catastrophic and life-threatening flooding as widespread rainfall amounts of 10-20 inches are expected. Some locations could exceed 2 feet of rain. With days of rain ahead and the soil becoming oversaturated, trees may be more susceptible to being downed. Falling trees could lead to power outages and may prevent crews from restoring power. Mandatory evacuations have been ordered throughout southern Texas and parts of Louisiana.',
  },
  {
    // The store's other copy of this page (at its http address) is dated 25 August, US time; it reports the landfall, so it is set just after it.
    event: 'hurricane-harvey-2017', split: 'held-out-3', outlet: 'Carbonated.TV',
    url: 'https://www.carbonated.tv/news/hurricane-harvey-texas-130mph-winds-photos-video',
    title: 'Hurricane Harvey Slams Texas With High Wind, Heavy Rain, Storm Surge', published: '2017-08-26T04:00:00Z',
    text: 'Hurricane Harvey makes landfall in Texas with estimated 130mph winds. Damage to life and property is expected as Texas remains in an emergency state. San Marcos. Harvey made landfall as a Category 4 storm with winds of 130 mph around 10 p.m. in the small Texas coastal town of Rockport, located about 30 miles outside of Corpus Christi. It was the first Category 4 hurricane to make landfall in the United States since Hurricane Charley in 2004. Thousands of people fled their homes on the Gulf Coast to escape the Category 4 Harvey. Harvey has the "highest potential to kill the most amount of people and cause the most amount of damage," said Brock Long, director of the Federal Emergency Management Agency.',
  },
  {
    event: 'hurricane-harvey-2017', split: 'held-out-3', outlet: 'Weather Gamut',
    url: 'http://www.weathergamut.com/2017/08/26/hurricane-harvey-hammers-texas/',
    title: 'Hurricane Harvey hammers Texas', titleFrom: 'address', published: '2017-08-26T12:00:00Z',
    text: 'Hurricane Harvey, the eighth named storm of the 2017 Atlantic Hurricane Season, made landfall in Rockport, TX late Friday night. It was the strongest storm to hit the United States in twelve years. Coming ashore with winds measured up to 130mph, Harvey was classified as a Category-4 hurricane on the Saffir-Simpson Scale. These powerful winds along with storm surge flooding and torrential rain caused catastrophic property damage across the Texas Coastal Bend region. It also downed trees and left hundreds of thousands of people without power. To date, according to local officials, only two storm-related deaths have been reported.',
  },
  {
    event: 'hurricane-harvey-2017', split: 'held-out-3', outlet: 'Heavy',
    url: 'http://heavy.com/news/2017/08/rockport-photos-videos-hurricane-harvey-landfall-radar-pictures-stormchaser-texas/',
    title: 'Rockport photos videos hurricane Harvey landfall radar pictures stormchaser Texas', titleFrom: 'address', published: '2017-08-26T12:00:00Z',
    text: 'Hurricane Harvey made landfall in Rockport, Texas, and the dramatic and dangerous weather was captured in photos, video and radar. According to the National Hurricane Center, Harvey struck Rockport at 10 p.m. CDT. There was even a tattered – but still flying – American flag. There were reports of buildings collapsing in Rockport and, according to ABC News, 10 people were injured. More than 100 people were evacuated from a damaged Fairfield Inn: People were rescued. The damage and flooding were severe. Some media and citizen reports on Twitter claimed that the high school building had sustained damage and possibly even collapsed.',
  },
  {
    event: 'hurricane-harvey-2017', split: 'held-out-3', outlet: 'KROC News (AP)',
    url: 'https://krocnews.com/harvey-makes-landfall-as-category-four-hurricane/',
    title: 'Harvey Makes Landfall as Category Four Hurricane', published: '2017-08-26T12:00:00Z',
    text: 'CORPUS CHRISTI, Texas (AP) — Harvey has been further downgraded to a Category 1 hurricane as it churns slowly inland from the Texas Gulf Coast, already depositing more than 9 inches of rain in South Texas. Harvey made landfall about 10 p.m. Friday east-northeast of Corpus Christi as a Category 4, with winds in excess of 130 mph (210 kph). But wind speeds quickly weakened and by early Saturday Harvey was downgraded. It continues to produce gusts of up to 120 mph (193 kph) and sustained winds of 90 mph (144 kph). The National Hurricane Center warns of “catastrophic flooding” over the next few days.',
  },
  // ── Hurricane Irma makes landfall on Cudjoe Key, Florida, as a Category 4, 10 September 2017 (held-out 3), sixteen days after Harvey ──
  {
    event: 'hurricane-irma-2017', split: 'held-out-3', outlet: 'VOA News',
    url: 'https://www.voanews.com/a/hurricane-irma-slams-into-florida/4022643.html',
    title: 'Hurricane Irma Slams into Florida', published: '2017-09-10T12:00:00Z',
    text: 'Accessibility links. Hurricane Irma Slams into Florida. Hurricane Irma slammed ashore at Key West, Florida early Sunday with whirling winds and pounding rain, leaving behind a trail of destruction across fragile Caribbean islands. Recently planted palm trees lie strewn across the road as Hurricane Irma passes by in Miami Beach, Floria, Spet. 10, 2017. Stranded motorists try to get back in their car after a breakdown as Hurricane Irma bears down on the Florida Keys, in Hialeah, Sept. 10, 2017. Sailboats moored near Watson Island ride out the winds and waves as Hurricane Irma passes by in Miami Beach, Florida, Sept. 10, 2017. A fallen tree blocks Biscayne Blvd. as Hurricane Irma arrives in Hollywood, Florida, Sept. 10, 2017.',
  },
  {
    event: 'hurricane-irma-2017', split: 'held-out-3', outlet: 'Crisis24 (GardaWorld)',
    url: 'https://crisis24.garda.com/fr/product/221211',
    title: 'United States: Hurricane Irma makes landfall in Florida Keys September 10 /update 6', published: '2017-09-10T18:18:00Z',
    text: 'Skip to main content. 10 Sep 2017 | 06:18 PM UTC. United States: Hurricane Irma makes landfall in Florida Keys September 10 /update 6. Hurricane Irma makes landfall in Florida Keys on September 10; three dead and 800,000 people without power. Warning. Event. Hurricane Irma made landfall in Florida Keys on the morning of Sunday, September 10 at approximately 09:10 (local time) and the death toll in Florida has risen to three. The Category 4 storm left approximately 800,000 people in 19 Florida counties without power. The storm is reportedly packing maximum sustained winds of 209 km/h (130 mph) and dangerous storm surges have been reported from Cape Sable to Captiva.',
  },
  {
    event: 'hurricane-irma-2017', split: 'held-out-3', outlet: 'WDTN',
    url: 'http://wdtn.com/2017/09/10/hurricane-irma-near-landfall-in-the-florida-keys/',
    title: 'Hurricane Irma near landfall in the Florida Keys', titleFrom: 'address', published: '2017-09-10T12:00:00Z',
    text: 'Hurricane Irma, a strong category 4 hurricane is making landfall in the Florida Keys this morning. Here are the latest coordinates on Irma. Position is 24.6 N 81.5 W or 20 miles ESE of Key West, Florida. It is moving NNW at 8 mph. Maximum sustained winds are at 130 mph. The pressure is 929 mb or 27.43″. Landfall occurred at 9:10 AM at Cudjoe Key. A wind gust of 106 mph was reported from National Key Deer Refuge in Big Pine Key. Much of Florida is experiencing tropical storm force winds and very heavy rain. Storm surge will be a major factor especially for Florida’s west coast later this afternoon.',
  },
  {
    // A one-line wire flash, boilerplate and all.
    event: 'hurricane-irma-2017', split: 'held-out-3', outlet: 'The Washington Times (AP)',
    url: 'https://twt-assets.washtimes.com/news/2017/sep/10/hurricane-irma-makes-landfall-on-cudjoe-key-in-low',
    title: 'Hurricane Irma makes landfall on Cudjoe Key in low', titleFrom: 'address', published: '2017-09-10T12:00:00Z',
    text: 'By Associated Press - Sunday, September 10, 2017. MIAMI (AP) - Hurricane Irma makes landfall on Cudjoe Key in lower Florida Keys with top sustained winds of 130 mph. Copyright © 2025 The Washington Times, LLC. Please read our comment policy before commenting.',
  },
  {
    event: 'hurricane-irma-2017', split: 'held-out-3', outlet: 'Fox News',
    url: 'http://www.foxnews.com/us/us-slideshows/2017/09/10/photos-hurricane-irma-hits-florida.html',
    title: 'Photos: Hurricane Irma hits Florida', published: '2017-09-10T12:00:00Z',
    text: 'Storm strengthens to Category 4 as eyewall reaches Florida Keys. Waves crash against the Southernmost Point in Key West, Fla., Saturday. (Rob O\'Neal/The Key West Citizen via AP ) Flamingos take refuge in a shelter ahead of the downfall of Hurricane Irma at the zoo in Miami, Saturday. (REUTERS/Adrees Latif) Cars ride in the shoulder to pass other cars in evacuation traffic on I-75 N, near Brooksville, Fla., in advance of Hurricane Irma, Saturday. (AP Photo/Gerald Herbert) A car drives along an empty highway in Miami before the arrival of Hurricane Irma to south Florida, Saturday. (REUTERS/Carlos Barria)',
  },
];
