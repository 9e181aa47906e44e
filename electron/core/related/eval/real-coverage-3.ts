// A third held-out group of real multi-outlet coverage (see real-coverage.ts for
// how excerpts are gathered and labelled). Added after the second group's
// failures were studied, and kept unseen while the rules they prompted were
// written: it is reported, never tuned on.
//
// 21 excerpts: 4 events, in pairs of the same kind close in time, and 0
// single-outlet background piece(s) about the same places and topics, each
// with its own event so it must stay alone:
//   - Storm Gerrit in Scotland (27-28 Dec 2023) and Storm Henk in southern
//     England and Wales (2-3 Jan 2024), five days apart;
//   - the UK general election (4-5 Jul 2024) and the French legislative
//     second round (7 Jul 2024), three days apart;
// Headlines marked `titleFrom: 'address'` are the words of the page's own
// address, and `titleFrom: 'lead'` the page's first sentence, where the stored
// excerpt did not include the headline.
import type { RealArticle } from './real-coverage.ts';

export const HELD_OUT_3: RealArticle[] = [
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
    // A copy of a BBC report from 29 December, posted on 2 January: the day Storm Henk hit southern England.
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
    text: '5 Jul 2024. Political Editor. Promising to be a force for good and to restore trust in politics – Sir Keir Starmer has hit the ground running on his first day in office naming his new Cabinet – and declaring that the work of change would begin immediately. With just one seat left to declare, Labour can boast a majority of 176 MPs. While the Conservatives are down to a third of their previous total. It was a record night for the Liberal Democrats, as they become the third largest party in Westminster. While the SNP suffered huge losses.',
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
];
