// News-like pages with the clutter real sites wrap around an article, each
// with its hand-labelled body: the text a reader would call "the article"
// (paragraphs, subheadings, list items, quotes and image captions; never the
// headline, navigation, ads, banners, newsletter boxes, related lists or comments).
// Images point at /img/* on the fixture server (see fixture-server.ts).

export interface LabelledPage {
  name: string;
  html: string;
  /** The article body, block by block, as labelled by hand. */
  body: string[];
  /** Image paths the stored article should keep (fetched from the fixture server). */
  expectedImages: string[];
}

const siteHeader = (site: string) => `
<header class="site-header">
  <a class="logo" href="/">${site}</a>
  <nav class="primary-nav" aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
    <li><a href="/science">Science</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form>
</header>`;

const cookieBanner = `
<div id="cookie-consent" class="cookie-banner" role="dialog">
  <p>We use cookies and similar technologies to improve your experience, measure audiences and show you personalised
  advertising. By clicking accept you agree to our use of cookies as described in our cookie policy and privacy notice.</p>
  <button>Accept all</button><button>Manage choices</button>
</div>`;

const newsletter = (topic: string) => `
<div class="newsletter-signup">
  <h3>Get the ${topic} briefing</h3>
  <p>Sign up for our free morning newsletter and receive the most important ${topic} stories of the day, handpicked by
  our editors and delivered straight to your inbox before breakfast every weekday.</p>
  <form><input type="email" placeholder="Your email"><button>Subscribe</button></form>
</div>`;

const related = (items: [string, string][]) => `
<section class="related-articles"><h2>Related articles</h2><ul>
${items.map(([title, blurb]) => `<li><a href="/story/${title.length}"><h3>${title}</h3><p>${blurb}</p></a></li>`).join('\n')}
</ul></section>`;

const comments = (entries: [string, string][]) => `
<section id="comments" class="comments-section"><h2>${entries.length} comments</h2>
${entries.map(([who, said]) => `<div class="comment"><p class="comment-author">${who}</p><p>${said}</p><a href="#reply">Reply</a></div>`).join('\n')}
</section>`;

const siteFooter = (site: string) => `
<footer class="site-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/jobs">Work for us</a></li>
  <li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms and conditions</a></li></ul>
  <p>© 2026 ${site}. All rights reserved. Registered in England and Wales. Our journalism is funded by readers and advertisers.</p>
</footer>`;

const ad = (n: number) => `<div class="ad-slot" id="ad-${n}"><span>Advertisement</span><a href="https://ads.example/click/${n}"><img src="/img/ad-${n}.png" alt="Buy now"></a></div>`;

const page = (title: string, head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}
<script>window.__pageScriptRan = true;</script><link rel="stylesheet" href="/site.css"></head><body>${body}</body></html>`;

const p = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('\n');

// 1. A classic <article> with a newsletter box and an ad inside the body.
const harbour = {
  title: 'Storm surge floods harbour towns as sea walls fail',
  paras: [
    'Residents of three harbour towns on the north coast woke on Tuesday to find their streets under water after a storm surge overtopped sea walls that engineers had warned were close to failing.',
    'The surge arrived shortly after four in the morning, driven by gusts of more than ninety miles an hour and a spring tide that was already among the highest of the year.',
    'In Kelsby, the water reached the first floor of houses along the quay, and the lifeboat crew spent the night ferrying elderly residents to the school on the hill.',
    'Council officials said the walls had been inspected in the spring and listed for repair, but that the money set aside for the work had been redirected to roads.',
    '"We were told the walls would last another five winters," said Marion Hale, who runs the bakery on Front Street. "They did not last this one."',
    'The Environment Agency said it would review every defence on the stretch of coast before the next high tides, due at the end of the month.',
  ],
  caption: 'Water covers the quay at Kelsby on Tuesday morning.',
};

const harbourPage: LabelledPage = {
  name: 'harbour-storm',
  html: page(
    `${harbour.title} | The Northern Courier`,
    `<meta property="og:image" content="/img/harbour.png"><meta property="article:published_time" content="2026-03-03T06:40:00Z">
     <meta property="og:site_name" content="The Northern Courier"><meta name="author" content="Tom Reyes">`,
    `${cookieBanner}${siteHeader('The Northern Courier')}
<main>
<article class="story">
  <header><p class="kicker">Weather</p><h1>${harbour.title}</h1>
  <p class="byline">By <a rel="author" href="/by/tom-reyes">Tom Reyes</a> · <time datetime="2026-03-03T06:40:00Z">3 March 2026</time></p>
  <div class="share-tools"><a href="https://twitter.example/share">Share on X</a><a href="https://facebook.example/share">Share on Facebook</a><a href="mailto:?">Email</a></div></header>
  <figure><img src="/img/harbour.png" alt="Flooded quay" width="1200" height="800"><figcaption>${harbour.caption}</figcaption></figure>
  <div class="story-body">
  ${p(harbour.paras.slice(0, 3))}
  ${ad(1)}
  ${newsletter('weather')}
  ${p(harbour.paras.slice(3, 5))}
  <figure><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lifeboat.jpg" alt="Lifeboat"></figure>
  ${p(harbour.paras.slice(5))}
  </div>
  <p class="tags"><a href="/tag/storms">Storms</a> <a href="/tag/coast">Coast</a></p>
</article>
${related([
  ['Sea defences: who pays when the walls fail?', 'Councils and the government have argued for years about who should fund coastal repairs, and the bill keeps rising.'],
  ['Lifeboat crews report busiest winter on record', 'Volunteer crews along the north coast were called out more often this winter than in any year since records began.'],
  ['Photos: the storm in pictures', 'Our photographers were out along the coast as the surge arrived in the small hours of Tuesday morning.'],
])}
${comments([
  ['seaview', 'This has been coming for years. Everyone in Kelsby knew the walls were crumbling, and the council just kept patching the road instead of listening to anyone who lives here.'],
  ['N. Hale', 'My mother lives on the quay and the lifeboat crew were heroes last night. They carried her down the stairs and across the water without a word of complaint. Thank you all.'],
])}
</main>${siteFooter('The Northern Courier')}`,
  ),
  body: [harbour.caption, ...harbour.paras],
  expectedImages: ['/img/harbour.png', '/img/lifeboat.jpg'],
};

// 2. Div soup (no <article>), srcset and <picture>, subheadings, ads between paragraphs.
const budget = {
  title: 'City council agrees budget with cuts to libraries and late buses',
  paras: [
    'The city council approved its budget for next year on Wednesday night after a session that ran past midnight, agreeing savings of twelve million pounds.',
    'Four branch libraries will move to shorter hours from April, and two night bus routes will be withdrawn unless a private operator can be found to run them.',
    'Where the money goes',
    'Adult social care takes the largest share of the budget for the first time, rising by nine per cent to cover higher fees paid to care homes.',
    'Spending on road repairs is protected, which the council leader said reflected the number of complaints about potholes received over the winter.',
    'What opponents said',
    'Opposition councillors proposed keeping the libraries open by drawing on reserves, but the amendment was defeated by seven votes.',
    'Campaigners who gathered outside the town hall said they would collect signatures to force a review of the library decision later in the year.',
  ],
  caption: 'Councillors debate the budget in the main chamber.',
};

const budgetPage: LabelledPage = {
  name: 'council-budget',
  html: page(
    `${budget.title} - Metro Daily`,
    `<meta name="description" content="Savings of twelve million pounds approved."><meta itemprop="datePublished" content="2026-02-18T23:55:00+00:00">`,
    `${siteHeader('Metro Daily')}
<div class="page-wrap"><div class="col-main">
  <div class="headline-block"><h1 class="headline">${budget.title}</h1><div class="meta">Priya Natarajan, local democracy reporter</div></div>
  <div class="story-content">
    <div class="picture-wrap"><picture>
      <source type="image/jxl" srcset="/img/chamber.jxl 1600w">
      <source type="image/webp" srcset="/img/chamber-800.webp 800w, /img/chamber-1600.webp 1600w">
      <img src="/img/chamber-small.jpg" alt="Council chamber">
    </picture><p class="caption">${budget.caption}</p></div>
    ${p(budget.paras.slice(0, 2))}
    <h2>${budget.paras[2]}</h2>
    ${p(budget.paras.slice(3, 4))}
    ${ad(2)}
    ${p(budget.paras.slice(4, 5))}
    <img srcset="/img/chart-640.png 640w, /img/chart-1400.png 1400w, /img/chart-2800.png 2800w" src="/img/chart-640.png" alt="Budget chart">
    <h2>${budget.paras[5]}</h2>
    ${p(budget.paras.slice(6))}
  </div>
  <div class="outbrain-widget"><h4>Promoted stories</h4><ul><li><a href="https://promo.example/1">Doctors hate this one simple trick for sleeping better at night</a></li>
  <li><a href="https://promo.example/2">Homeowners in your area are switching energy supplier and saving hundreds</a></li></ul></div>
</div>
<div class="col-side"><div class="most-read"><h3>Most read</h3><ol>
  <li><a href="/a">Man rescued after spending night on cliff ledge above the bay</a></li>
  <li><a href="/b">New supermarket plan for old bus depot site approved by planners</a></li>
  <li><a href="/c">School inspectors praise transformation of struggling academy</a></li></ol></div>${ad(3)}</div>
</div>${siteFooter('Metro Daily')}`,
  ),
  body: [budget.caption, ...budget.paras],
  expectedImages: ['/img/chamber-1600.webp', '/img/chart-1400.png'],
};

// 3. <main> with a sidebar, an SVG diagram and a list in the body.
const reef = {
  title: 'Coral reefs recover faster where fishing is banned, study finds',
  paras: [
    'Reefs inside marine protected areas recovered from bleaching almost twice as fast as nearby reefs open to fishing, according to a ten-year study published on Thursday.',
    'Researchers surveyed forty-two reef sites across the western Pacific every year between 2015 and 2025, counting coral cover and the fish that graze on algae.',
    'They found that grazing fish, which keep seaweed from smothering young coral, were three times more abundant in protected waters.',
    'The study identified three conditions shared by the fastest recoveries:',
    'a ban on fishing enforced for at least five years',
    'water temperatures that returned to normal within a season',
    'a healthy population of parrotfish and surgeonfish',
    '"Protection does not stop bleaching, but it gives reefs the best chance to come back," said Dr Lena Okafor, the study\'s lead author.',
  ],
  caption: 'Coral cover at protected and fished sites, 2015 to 2025.',
};

const reefPage: LabelledPage = {
  name: 'reef-study',
  html: page(
    `${reef.title}`,
    `<meta property="og:title" content="${reef.title}"><meta property="og:image" content="https://cdn.example/never-fetched-in-tests.jpg">`,
    `${siteHeader('Science Today')}
<div class="breadcrumb"><a href="/">Home</a> › <a href="/science">Science</a> › <a href="/science/oceans">Oceans</a></div>
<main id="content">
  <h1>${reef.title}</h1>
  <div class="author-info">By Sam Whitlock, science correspondent</div>
  ${p(reef.paras.slice(0, 3))}
  <figure><img src="/img/reef-chart.svg" alt="Chart"><figcaption>${reef.caption}</figcaption></figure>
  ${p(reef.paras.slice(3, 4))}
  <ul>${reef.paras.slice(4, 7).map((t) => `<li>${t}</li>`).join('')}</ul>
  ${p(reef.paras.slice(7))}
  <div class="social-share"><p>Share this story with your friends and followers on social media to spread the word about reef science.</p></div>
</main>
<aside class="sidebar"><h3>Trending</h3><p>Why the ocean is getting louder, and what it means for whales that rely on sound to find each other across vast distances.</p>
<p>The astronomers who found a planet made of diamond say it may not be unique in our galaxy after all.</p></aside>
${siteFooter('Science Today')}`,
  ),
  body: [...reef.paras.slice(0, 3), reef.caption, ...reef.paras.slice(3)],
  expectedImages: ['/img/reef-chart.svg'],
};

// 4. An interview with a long comment thread as a trap (more words than the article).
const interview = {
  title: '"I wrote the novel in a lighthouse": an interview with Ada Brennan',
  paras: [
    'Ada Brennan spent two winters as the only resident of a decommissioned lighthouse off the west coast, and came back with the novel that has just won the Harbour Prize.',
    'You chose to write in complete isolation. Why?',
    'I had tried writing at home for years and kept finding reasons to stop. The lighthouse had no internet and a boat twice a week, so there was nothing to do but write or watch the weather.',
    'Did the place find its way into the book?',
    'Entirely. The keeper in the novel counts ships the way I counted days. The lamp room became the chapel where the family argues, and the storms are the ones I sat through.',
    'What comes next?',
    'A city novel, I think. I want noise and neighbours for a while.',
  ],
  quote: 'There was nothing to do but write or watch the weather.',
};

const interviewPage: LabelledPage = {
  name: 'novelist-interview',
  html: page(
    interview.title,
    `<meta property="og:site_name" content="The Literary Review"><meta property="article:published_time" content="2026-01-12T09:00:00Z">`,
    `${cookieBanner}${siteHeader('The Literary Review')}
<div class="container"><article>
  <h1>${interview.title}</h1><p class="byline">Interview by Jonah Price</p>
  <p class="standfirst"><strong>${interview.paras[0]}</strong></p>
  ${interview.paras.slice(1).map((t, i) => (i % 2 === 0 ? `<p><strong>${t}</strong></p>` : `<p>${t}</p>`)).join('\n')}
  <blockquote class="pullquote"><p>${interview.quote}</p></blockquote>
  <div class="author-bio"><p>Jonah Price is a contributing editor. His latest collection of essays is out now in paperback.</p></div>
</article>
${comments([
  ['bookworm88', 'I read this novel on holiday last summer and could not put it down. The lighthouse chapters are some of the best writing about solitude I have come across in years, and the ending made me cry on a crowded beach.'],
  ['Peter G', 'Lovely interview. I wonder whether she found the isolation difficult at times. Two winters with a boat only twice a week sounds like a lot, especially when the storms come in and nobody can reach you for days.'],
  ['marina', 'The chapter where the family argues in the lamp room is extraordinary. I have recommended it to my book group and we are reading it next month. Looking forward to the city novel as well.'],
  ['old salt', 'I worked on the lighthouse tenders in the seventies. Nothing romantic about it, I can tell you, but she has got the details right about the boats and the weather and the way the lamp sounds at night.'],
  ['reader', 'Does anyone know if there will be an audiobook? My eyes are not what they were and I would love to hear this one read aloud, ideally by the author herself if she is willing.'],
])}
${related([['The best novels of the year so far', 'Our critics choose the fiction that has stood out in the first six months.'], ['Writers and their rooms', 'Where novelists work, from sheds to cafés to a lighthouse off the west coast.']])}
</div>${siteFooter('The Literary Review')}`,
  ),
  body: [...interview.paras, interview.quote],
  expectedImages: [],
};

// 5. A review in French with "read more" promos inside the body and a newsletter form.
const review = {
  title: 'Le nouveau train de nuit Paris–Vienne tient ses promesses',
  paras: [
    'Le train de nuit entre Paris et Vienne a repris du service la semaine dernière, après une interruption de trois ans, avec des voitures neuves et des cabines pour une ou deux personnes.',
    'Nous avons fait le trajet aller dans une cabine simple. Le lit est confortable, la literie propre, et une petite douche se trouve au bout de chaque voiture.',
    'Le petit déjeuner, servi en cabine, reste modeste : un croissant, un yaourt et un café tiède. Pour le prix du billet, on attendait mieux.',
    'Le train arrive à Vienne à dix heures, ce qui laisse une journée entière sur place. Pour les voyageurs pressés, l\'avion reste plus rapide, mais pas plus reposant.',
  ],
};

const reviewPage: LabelledPage = {
  name: 'night-train-review',
  html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${review.title}</title>
<meta property="og:image" content="/img/train.jpg"></head><body>
${siteHeader('Le Voyageur')}
<div id="main-content" class="content"><div class="entry">
  <h1 class="entry-title">${review.title}</h1><span class="author vcard">Claire Dumas</span>
  <div class="entry-content">
    <p><img src="/img/train.jpg" alt="Le train"></p>
    ${p(review.paras.slice(0, 2))}
    <p class="inline-promo related-link"><a href="/train-bleu">À lire aussi : le retour du Train Bleu entre Paris et Nice</a></p>
    ${p(review.paras.slice(2))}
  </div>
</div>
${newsletter('voyages')}
${related([['Les plus beaux trajets en train d\'Europe', 'Des Alpes aux fjords, notre sélection des lignes à ne pas manquer cet été.']])}
</div>${siteFooter('Le Voyageur')}</body></html>`,
  body: review.paras,
  expectedImages: ['/img/train.jpg'],
};

// 6. A short local story buried in a big page: a modal, a long footer, a cookie wall.
const local = {
  title: 'Village shop saved by residents who bought it together',
  paras: [
    'The only shop in Ashby Green will stay open after more than two hundred residents each bought a share in it, raising the ninety thousand pounds the owners were asking.',
    'The shop, which also houses the post office, had been on the market for eighteen months. Volunteers will work alongside two paid staff when it reopens in May.',
    '"It is the place everyone meets," said Jean Cole, who chairs the new co-operative. "Losing it would have meant losing the village."',
  ],
};

const localPage: LabelledPage = {
  name: 'village-shop',
  html: page(
    local.title,
    '',
    `<div class="modal subscribe-modal"><h2>Support local journalism</h2><p>Subscribe today for just one pound a week and get unlimited access to every story, our daily puzzle and the weekly print edition delivered to your door.</p><button>Subscribe now</button></div>
${cookieBanner}${siteHeader('Ashby Gazette')}
<div class="wrapper"><div class="article-container">
<h1>${local.title}</h1><p class="dateline"><time datetime="2026-04-02">2 April 2026</time></p>
<div class="article-text">${p(local.paras)}</div>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
</div>
<div class="more-stories"><h2>More from Ashby</h2>
<div class="card"><h3>Parish council backs plan for new cycle path</h3><p>The route would link the village to the railway station along the old canal towpath, and work could start next spring if funding is found.</p></div>
<div class="card"><h3>Primary school celebrates one hundred and fifty years</h3><p>Former pupils returned for an afternoon of games, old photographs and a cake shaped like the original schoolhouse.</p></div>
<div class="card"><h3>Flower show returns after a two-year break</h3><p>Organisers say entries are already up on previous years, with a new category for vegetables grown by children.</p></div>
</div></div>${siteFooter('Ashby Gazette')}`,
  ),
  body: local.paras,
  expectedImages: [],
};

// 7. A long-form feature: section headings, a table-free data box, an inline aside that is not article.
const feature = {
  title: 'The quiet return of the night watchman',
  paras: [
    'On the industrial estate at the edge of Brampton, the security cameras went dark in January, and a man with a torch took their place.',
    'Desmond Achebe walks the same loop every hour from ten at night until six in the morning: past the bakery, the print works, the tyre depot and the self-storage units where most of the break-ins used to happen.',
    'A job that was supposed to disappear',
    'A decade ago, the owners of the estate replaced their watchmen with cameras monitored from a control room two hundred miles away. Break-ins fell at first, then rose again as thieves learned that nobody arrived for twenty minutes after an alarm.',
    'When the monitoring contract came up for renewal, the owners asked the tenants what they wanted. Almost all of them asked for a person.',
    'What a person notices',
    '"A camera sees a van," Achebe said. "I see a van that was not here yesterday, parked the wrong way round, with the engine ticking." Twice this spring, his calls to the police have led to arrests.',
    'The tenants pay for the service together, and the cost per business is lower than the old monitoring fee. Other estates in the county have started asking how it was done.',
    'Achebe does not think of the work as old-fashioned. "People think the night is empty," he said. "It never is."',
  ],
  caption: 'Desmond Achebe on his rounds at two in the morning.',
};

const featurePage: LabelledPage = {
  name: 'night-watchman',
  html: page(
    feature.title,
    `<meta property="og:image" content="/img/watchman.webp"><meta name="author" content="Ruth Fielding">`,
    `${siteHeader('Sunday Magazine')}
<main><article class="longform">
<header class="article-header"><h1>${feature.title}</h1><p class="byline">Words by Ruth Fielding · Photographs by Ola Berg</p></header>
<figure class="hero"><img src="/img/watchman.webp" alt="A man with a torch"><figcaption>${feature.caption}</figcaption></figure>
${p(feature.paras.slice(0, 2))}
<aside class="pullout sponsor-box"><p>This feature is brought to you in partnership with SafeLock Storage — secure units from just five pounds a week.</p></aside>
<h2>${feature.paras[2]}</h2>
${p(feature.paras.slice(3, 5))}
<h2>${feature.paras[5]}</h2>
${p(feature.paras.slice(6))}
<div class="newsletter"><p>Enjoyed this story? Get the Sunday Magazine in your inbox every weekend, with long reads, photography and our pick of the week's best writing.</p></div>
</article></main>
${comments([['kj', 'Brilliant piece. We need more of this kind of thing and fewer cameras pointed at empty car parks.']])}
${siteFooter('Sunday Magazine')}`,
  ),
  body: [feature.caption, ...feature.paras],
  expectedImages: ['/img/watchman.webp'],
};

export const LABELLED_PAGES: LabelledPage[] = [harbourPage, budgetPage, reefPage, interviewPage, reviewPage, localPage, featurePage];

/** Words for scoring: lower-cased letter and digit runs, so punctuation and markup spacing do not count. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Word-level F1 of extracted text against the labelled body, counting repeated words (bag of words). */
export function wordF1(extracted: string, labelled: string): { precision: number; recall: number; f1: number } {
  const expected = new Map<string, number>();
  for (const w of words(labelled)) expected.set(w, (expected.get(w) ?? 0) + 1);
  const got = words(extracted);
  let overlap = 0;
  for (const w of got) {
    const left = expected.get(w) ?? 0;
    if (left > 0) {
      overlap++;
      expected.set(w, left - 1);
    }
  }
  const total = words(labelled).length;
  const precision = got.length ? overlap / got.length : 0;
  const recall = total ? overlap / total : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
