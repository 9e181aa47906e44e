// A labelled synthetic corpus for the related-stories evaluation: events
// covered by 3-5 outlets that each tell it in their own words, plus the hard
// negatives that fool simple matchers: the same place and person in a
// different, earlier event (background), the same kind of event elsewhere on
// the same day, and syndicated copies of one outlet's text in another.
// Names are generated from syllables, so nothing here can be tuned to real ones.

export interface LabelledArticle {
  key: string;
  outlet: string;
  title: string;
  text: string;
  hoursAgo: number;
  /** Event label: articles with the same story cover the same event. */
  story: string | null;
  /** Background thread: a different event about the same people/places (graded "related"). */
  thread: string | null;
  lang: string;
}

/** mulberry32: tiny, fast and good enough for generated text, not for cryptography. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSET = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'tr', 'v', 'w', 'z'];
const VOWEL = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODA = ['', 'n', 'r', 's', 'l', 'm', 'nd', 'th'];

interface Cast {
  place: string;
  region: string;
  person: string;
  official: string;
  org: string;
  amount: number;
}

type Slots = Cast & { n1: number; n2: number };

/** Each kind of event: headlines, leads and body sentences, in several wordings. */
const KINDS: Record<string, { titles: string[]; sentences: string[] }> = {
  storm: {
    titles: ['Storm batters {place} as {n1},000 lose power', '{place} counts damage after overnight storm', 'Gales tear roofs off homes in {place}', 'Storm leaves {region} coast reeling'],
    sentences: [
      'Winds of up to {n2}0 km/h struck {place} overnight, tearing roofs from houses and toppling trees.',
      'About {n1},000 homes across {region} were left without electricity, the grid operator {org} said.',
      'Mayor {person} said emergency crews had worked through the night to clear blocked roads in {place}.',
      'The harbour wall at {place} was breached and several fishing boats were driven onto the quay.',
      '{official}, the regional prefect, declared a state of natural disaster for {region}.',
      'Forecasters had issued a red warning for the {region} coast two days before the storm arrived.',
      'Rail services between {place} and the regional capital were suspended after debris fell on the line.',
      'Residents of {place} described the noise of the wind as like a train passing for hours.',
    ],
  },
  rate: {
    titles: ['Central bank of {region} cuts rates to {n1}.25%', '{region} borrowers cheer rate cut', 'Governor {person} trims interest rate as inflation cools', 'Rate cut in {region} sends currency lower'],
    sentences: [
      'The central bank of {region} lowered its main policy rate by a quarter point to {n1}.25% on {day}.',
      'Governor {person} said inflation was now close enough to target to allow a more normal stance.',
      'The {region} currency fell against the euro within minutes of the announcement.',
      'Mortgage lenders including {org} said they would pass the cut on to variable-rate customers.',
      'Economists had been split on whether the bank would move this month or wait for more wage data.',
      'Finance minister {official} welcomed the decision and said it vindicated the government budget.',
      'Markets now expect one further reduction before the end of the year, traders said.',
    ],
  },
  deal: {
    titles: ['{org} agrees to buy rival for ${amount}bn', '{org} takeover: what the ${amount}bn deal means', 'Chief executive {person} defends {org} acquisition', '{place} start-up sold to {org} in ${amount}bn deal'],
    sentences: [
      '{org} said it had agreed to acquire a software company based in {place} for ${amount} billion in cash and shares.',
      'Chief executive {person} told analysts the deal would double the size of its engineering team.',
      'Shares in {org} rose in early trading as investors welcomed the price.',
      'The takeover still needs approval from competition regulators in {region}.',
      'Founder {official} will stay on to run the business as a division of {org}.',
      'Staff in {place} were told of the sale at a meeting on {day} morning.',
      'The purchase is the largest in the sector this year, according to deal data.',
    ],
  },
  election: {
    titles: ['{person} wins mayoral race in {place}', '{place} elects {person} after tight count', 'Voters in {place} hand {person} victory', 'Upset in {place} as {official} concedes'],
    sentences: [
      '{person} won the mayoral election in {place} with {n2}% of the vote after a recount.',
      'The defeated incumbent, {official}, conceded shortly after midnight and thanked volunteers.',
      'Turnout across {place} rose to its highest level in two decades, officials said.',
      '{person} campaigned on cheaper buses and a freeze on council tax in {region}.',
      'The count at the {place} exhibition centre was delayed by a dispute over postal ballots.',
      'Party leaders in {region} said the result showed voters wanted change.',
    ],
  },
  strike: {
    titles: ['Rail workers walk out across {region}', 'Strike halts trains in {place}', 'Union led by {person} stages rail strike', 'Commuters stranded as {org} staff strike'],
    sentences: [
      'Train drivers employed by {org} walked out on {day}, cancelling most services across {region}.',
      'Union leader {person} said members had rejected a pay offer of {n1}% as an insult.',
      'Station forecourts in {place} were deserted during what would normally be the morning rush.',
      'Transport secretary {official} urged both sides to return to talks.',
      'Further strike days are planned for later this month unless a deal is reached.',
      '{org} said it was running a skeleton timetable of about one train in five.',
    ],
  },
  wildfire: {
    titles: ['Wildfire forces evacuation of {place}', 'Firefighters battle blaze near {place}', '{n1},000 hectares burn in {region} wildfire', 'Homes lost as fire sweeps into {place}'],
    sentences: [
      'A wildfire burning in the hills above {place} forced the evacuation of {n1},000 residents on {day}.',
      'Fire chief {person} said hot, dry winds had pushed the flames faster than crews could contain them.',
      'At least {n2} homes on the edge of {place} were destroyed, according to {org}.',
      'Water-bombing aircraft from across {region} were called in to help.',
      'Governor {official} declared a state of emergency and asked for federal assistance.',
      'Smoke from the fire drifted over the regional capital, closing schools.',
    ],
  },
  court: {
    titles: ['Court rules against {org} in landmark case', '{org} loses appeal over {place} plant', 'Judge {person} orders {org} to pay damages', 'Residents of {place} win case against {org}'],
    sentences: [
      'The supreme court of {region} ruled that {org} had polluted the river near its {place} plant.',
      'Judge {person} ordered the company to pay ${amount} million in damages to residents.',
      'Lawyers for {org} said they were studying the judgment and might appeal further.',
      'Campaigners outside the court in {place} cheered as the verdict was read.',
      'The case was brought by {official}, a farmer whose cattle fell ill after drinking from the river.',
      'Environmental groups in {region} said the ruling would set a precedent.',
    ],
  },
  launch: {
    titles: ['{org} launches first satellite from {place}', 'Rocket lifts off from {place} spaceport', '{org} reaches orbit at first attempt', 'Space first for {region} as {org} rocket flies'],
    sentences: [
      'A rocket built by {org} lifted off from the {place} spaceport on {day} and placed a weather satellite in orbit.',
      'Chief engineer {person} said the launch proved the company could compete with larger rivals.',
      'The flight was the first orbital launch from {region} soil.',
      'Crowds gathered on the beaches near {place} to watch the rocket climb.',
      'Science minister {official} called it a proud day for the country.',
      'The second stage burned for {n2} minutes before releasing the payload.',
    ],
  },
};

/** Background that shares the cast but is another event: graded "related", never "same story". */
const BACKGROUND = {
  titles: ['{place} council debates budget', 'Profile: {person} of {place}', '{org} reports quarterly figures', 'Row in {place} over new housing plan'],
  sentences: [
    'Councillors in {place} argued late into the night over next year budget and the cost of repairs.',
    '{person} has been a familiar figure in {place} public life for more than a decade.',
    '{org} reported quarterly revenue up {n1}% and said orders were strong.',
    'A proposal for {n2}00 new homes on the edge of {place} has divided residents.',
    '{official} said the plan would be reviewed by the {region} planning authority.',
    'Local businesses in {place} said parking and rents were their main concerns.',
  ],
};

/** Sentences any outlet might add: they make texts longer without making them about the event. */
const FILLER = [
  'The figures will be published in full next week.',
  'Officials said more details would follow in the coming days.',
  'It was not immediately clear what the longer-term effects would be.',
  'Opposition politicians called for an independent review.',
  'Analysts said the coming weeks would be crucial.',
  'The news dominated conversation on social media through the afternoon.',
  'A spokesperson declined to comment further.',
  'Similar events have become more frequent in recent years, experts say.',
];

const OUTLETS = ['morning-herald', 'evening-star', 'city-post', 'national-wire', 'coast-echo', 'valley-times', 'daily-record', 'metro-voice'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function syntheticCorpus(events = 80, seed = 20260601): LabelledArticle[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const name = (syllables: number) => {
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(ONSET) + pick(VOWEL) + (i === syllables - 1 ? pick(CODA) : '');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const person = () => `${name(2)} ${name(2 + Math.floor(random() * 2))}`;
  const fill = (template: string, s: Slots) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'day' ? pick(DAYS) : String((s as unknown as Record<string, string | number>)[key])));
  const shuffle = <T>(list: T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const write = (kind: { titles: string[]; sentences: string[] }, s: Slots, sentences: number, titleIndex?: number) => {
    const title = fill(titleIndex === undefined ? pick(kind.titles) : kind.titles[titleIndex % kind.titles.length]!, s);
    const body = shuffle(kind.sentences).slice(0, sentences).map((t) => fill(t, s));
    const filler = shuffle(FILLER).slice(0, 1 + Math.floor(random() * 3));
    const paragraphs = [...body, ...filler];
    return { title, text: shuffle(paragraphs.slice(1)).reduce((acc, p) => `${acc} ${p}`, paragraphs[0]!) };
  };

  const kinds = Object.keys(KINDS);
  const out: LabelledArticle[] = [];
  for (let e = 0; e < events; e++) {
    const kindName = kinds[e % kinds.length]!;
    const kind = KINDS[kindName]!;
    const cast: Slots = {
      place: name(2),
      region: name(3),
      person: person(),
      official: person(),
      org: `${name(2)} ${pick(['Group', 'Systems', 'Energy', 'Holdings', 'Networks', 'Rail', 'Aerospace'])}`,
      amount: 1 + Math.floor(random() * 9),
      n1: 2 + Math.floor(random() * 8),
      n2: 3 + Math.floor(random() * 60),
    };
    const story = `synthetic-${kindName}-${e}`;
    const eventHoursAgo = random() * 24 * 20;
    const outlets = shuffle(OUTLETS).slice(0, 3 + Math.floor(random() * 3));
    outlets.forEach((outlet, i) => {
      // Each outlet tells it differently: its own headline, a different subset and order of facts.
      const { title, text } = write(kind, cast, 4 + Math.floor(random() * 3), i);
      out.push({ key: `${story}-${outlet}`, outlet, title, text, hoursAgo: eventHoursAgo + random() ** 2 * 54, story, thread: story, lang: 'en' });
    });
    if (e % 4 === 0) {
      // A syndicated copy: another outlet reprints the first article with a new headline and a trimmed ending.
      const first = out[out.length - outlets.length]!;
      const outlet = OUTLETS.find((o) => !outlets.includes(o))!;
      const sentences = first.text.split(/(?<=\.)\s+/);
      out.push({ ...first, key: `${story}-${outlet}-syndicated`, outlet, title: `${first.title} - report`, text: sentences.slice(0, -1).join(' '), hoursAgo: first.hoursAgo + 1 });
    }
    if (e % 2 === 0) {
      // Background: same place, person and organisation days earlier, different event.
      const { title, text } = write(BACKGROUND, cast, 4);
      out.push({ key: `${story}-background`, outlet: pick(OUTLETS), title, text, hoursAgo: eventHoursAgo + 30 + random() * 24 * 8, story: null, thread: story, lang: 'en' });
    }
  }
  return out;
}
