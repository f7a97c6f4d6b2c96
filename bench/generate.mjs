// Writes a synthetic catalogue: the same seed and count always give the same
// file. Valid against public/seminars.schema.json, with the shipped topics
// (and their translations), English and Chinese text, field lengths like the
// real listings, dates from 2019 to 2030, and a translation into the other
// language for about one listing in four.
//
//   node bench/generate.mjs --count 10000 --seed 42 --out bench/out/catalogue-10000.json
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const count = Number(args.count ?? 1000);
const seed = Number(args.seed ?? 42);
const out = args.out ?? `bench/out/catalogue-${count}.json`;

/** mulberry32: a small, fast, seeded PRNG. */
function rng(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(seed);
// Translations draw from a stream of their own, so that the rest of each
// listing is the same as before translations existed.
const translating = rng(seed ^ 0x5bd1e995);
// Links too, so that adding them left every other field as it was.
const linking = rng(seed ^ 0x27d4eb2f);
// And the bodies' other roles, audience groups, status and training facts.
const roling = rng(seed ^ 0x1b873593);
const pickWith = (draw, list) => list[Math.floor(draw() * list.length)];
const betweenWith = (draw, lo, hi) => lo + Math.floor(draw() * (hi - lo + 1));
const pick = (list) => pickWith(random, list);
const between = (lo, hi) => betweenWith(random, lo, hi);
const some = (list, lo, hi) => {
  const n = between(lo, hi);
  const chosen = new Set();
  while (chosen.size < Math.min(n, list.length)) chosen.add(pick(list));
  return [...chosen];
};

const shipped = JSON.parse(readFileSync(new URL('../public/seminars.json', import.meta.url), 'utf8'));
const topics = shipped.topics;
const audiences = shipped.audiences;
const statuses = ['cancelled', 'postponed', 'rescheduled', 'moved_online'];

const en = {
  kinds: ['Workshop', 'Seminar', 'Forum', 'Training Course', 'Roundtable', 'Summer School', 'Symposium', 'Webinar', 'Study Tour', 'Dialogue'],
  themes: ['Carbon Peaking', 'Carbon Neutrality', 'Emissions Trading', 'Carbon Pricing', 'Urban Heat', 'Coastal Resilience', 'Flood Adaptation', 'Grid Flexibility', 'Energy Storage', 'Green Steel', 'Low-Carbon Cement', 'Industrial Parks', 'Climate Planning', 'Policy Evaluation', 'Renewable Integration', 'Green Finance', 'Methane Reduction', 'Clean Heating', 'Sustainable Transport', 'Climate Data'],
  places: ['for City Planners', 'for Provincial Officials', 'for Researchers', 'for Industry', 'in Practice', 'and Public Health', 'for Local Governments', 'for Young Professionals'],
  words: 'climate carbon market energy transition adaptation resilience emissions policy planning industry finance grid storage renewable hydrogen steel cement heat flood coastal city province county data verification allowance trading pricing neutrality peaking monitoring reporting officials researchers practitioners workshop sessions lectures field visit case study group discussion'.split(' '),
};
const zh = {
  kinds: ['研讨会', '培训班', '论坛', '专题报告会', '座谈会', '交流会'],
  themes: ['碳达峰碳中和', '全国碳市场', '气候适应', '能源转型', '低碳工业', '气候政策规划', '绿色金融', '城市韧性', '可再生能源', '碳排放核算'],
  words: '碳 排放 市场 能源 转型 适应 气候 政策 规划 工业 金融 电网 储能 可再生 氢能 钢铁 水泥 城市 韧性 核算 配额 交易 干部 专家 研究 培训 实践 案例 讨论'.split(' '),
};
const cities = ['Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Nanning', 'Wuhan', 'Chengdu', 'Chongqing', 'Hangzhou', 'Nanjing', 'Tianjin', 'Xiamen', "Xi'an", 'Kunming', 'Harbin', 'Tangshan', 'Suzhou', 'Qingdao', 'Changsha', 'Hefei', 'London', 'Berlin', 'Paris', 'Brussels', 'Geneva', 'Bonn', 'Nairobi', 'Singapore', 'Tokyo', 'Seoul', 'Jakarta', 'Delhi', 'São Paulo', 'Mexico City', 'Toronto', 'Boston', 'Sydney', 'Cape Town', 'Dubai', 'Online'];
const zones = { London: 'Europe/London', Berlin: 'Europe/Berlin', Paris: 'Europe/Paris', Brussels: 'Europe/Brussels', Geneva: 'Europe/Zurich', Bonn: 'Europe/Berlin', Nairobi: 'Africa/Nairobi', Singapore: 'Asia/Singapore', Tokyo: 'Asia/Tokyo', Seoul: 'Asia/Seoul', Jakarta: 'Asia/Jakarta', Delhi: 'Asia/Kolkata', 'São Paulo': 'America/Sao_Paulo', 'Mexico City': 'America/Mexico_City', Toronto: 'America/Toronto', Boston: 'America/New_York', Sydney: 'Australia/Sydney', 'Cape Town': 'Africa/Johannesburg', Dubai: 'Asia/Dubai', Online: 'UTC' };
const organisers = Array.from({ length: 60 }, (_, i) => `${pick(['Example', 'Sample', 'Placeholder'])} ${pick(['Institute', 'Centre', 'Alliance', 'Network', 'Society', 'Academy'])} for ${pick(en.themes)} ${i + 1}`);
const people = Array.from({ length: 400 }, () => `${pick(['Dr ', '', 'Prof. '])}${pick(['Lin', 'Wang', 'Li', 'Zhang', 'Chen', 'Alex', 'Sam', 'Priya', 'Jordan', 'Kim', 'Morgan', 'Ada', 'Grace'])} ${pick(['Example', 'Sample', 'Placeholder', 'Test', 'Demo'])}`);

const sentenceWith = (draw, words, lo, hi, joiner = ' ') => {
  const n = betweenWith(draw, lo, hi);
  const text = Array.from({ length: n }, () => pickWith(draw, words)).join(joiner);
  return joiner ? text.charAt(0).toUpperCase() + text.slice(1) + '.' : text + '。';
};
const sentence = (words, lo, hi, joiner = ' ') => sentenceWith(random, words, lo, hi, joiner);
const zhCities = { Beijing: '北京', Shanghai: '上海', Guangzhou: '广州', Shenzhen: '深圳', Nanning: '南宁', Wuhan: '武汉', Chengdu: '成都', Chongqing: '重庆', Hangzhou: '杭州', Nanjing: '南京', Tianjin: '天津', Xiamen: '厦门', London: '伦敦', Online: '线上' };

/** A listing's texts in the other language: title and summary always, the
 * city when it has a name in that language, a role and talk for the first
 * speaker and a title for the first agenda item half the time. */
function translation(chinese, city, speakers, agenda) {
  const draw = translating;
  const words = chinese ? en.words : zh.words;
  const text = (lo, hi) => (chinese ? sentenceWith(draw, words, lo, hi) : sentenceWith(draw, words, lo, hi, ''));
  const t = {
    title: chinese ? `${pickWith(draw, en.themes)} ${pickWith(draw, en.kinds)}` : `${pickWith(draw, zh.themes)}${pickWith(draw, zh.kinds)}`,
    summary: chinese ? text(12, 28) : text(15, 35),
  };
  if (!chinese && zhCities[city]) t.city = zhCities[city];
  if (speakers.length && draw() < 0.5) t.speakers = [{ role: chinese ? 'Researcher' : '研究员', talk: text(4, 10) }];
  if (agenda.length && draw() < 0.5) t.agenda = [text(3, 8)];
  return { [chinese ? 'en' : 'zh-Hans']: t };
}
const iso = (d) => d.toISOString().slice(0, 10);

/** The fields issue 20 added, from their own stream: co-organisers and
 * supporters for one listing in ten, one or two audience groups, a status
 * other than scheduled for one in twenty, and places, training hours and a
 * certificate for one in four. */
function roles(start, end) {
  const draw = roling;
  const fields = { audiences: [pickWith(draw, audiences).id] };
  if (draw() < 0.5) fields.audiences.push(pickWith(draw, audiences).id);
  fields.audiences = [...new Set(fields.audiences)];
  if (draw() < 0.1) fields.co_organisers = [pickWith(draw, organisers)];
  if (draw() < 0.1) fields.supporters = [pickWith(draw, organisers)];
  if (draw() < 0.05) {
    fields.status = pickWith(draw, statuses);
    if (fields.status === 'rescheduled') {
      const back = betweenWith(draw, 7, 60) * 86400000;
      fields.previous_dates = { start: iso(new Date(start.getTime() - back)), end: iso(new Date(end.getTime() - back)) };
    }
  }
  if (draw() < 0.25) {
    fields.places = betweenWith(draw, 20, 120);
    fields.hours = betweenWith(draw, 8, 40);
    fields.certificate = draw() < 0.5;
  }
  return fields;
}
const slug = (text) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'seminar';

const seminars = [];
for (let i = 0; i < count; i++) {
  const chinese = random() < 0.3;
  const lang = chinese ? zh : en;
  const title = chinese ? `${pick(zh.themes)}${pick(zh.kinds)}` : `${pick(en.themes)} ${pick(en.kinds)} ${pick(en.places)}`;
  const start = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 12 * 365) * 86400000);
  const end = new Date(start.getTime() + between(0, 4) * 86400000);
  const city = pick(cities);
  const format = city === 'Online' ? 'online' : pick(['in_person', 'in_person', 'hybrid']);
  const speakers = Array.from({ length: between(0, 3) }, () => ({
    name: pick(people),
    role: pick(['Researcher', 'Director', 'Professor', 'Engineer', 'Analyst']),
    affiliation: pick(organisers),
    talk: chinese ? sentence(zh.words, 4, 10, '') : sentence(en.words, 4, 10),
  }));
  const agenda = Array.from({ length: between(0, 3) }, (_, k) => ({
    date: iso(new Date(start.getTime() + Math.min(k, between(0, 4)) * 86400000)),
    start_time: `${String(between(8, 16)).padStart(2, '0')}:00`,
    title: chinese ? sentence(zh.words, 3, 8, '') : sentence(en.words, 3, 8),
  }));
  const id = `${chinese ? 'zh' : slug(title)}-${i + 1}`;
  const page = `https://example.org/seminars/${id}`;
  const closes = iso(new Date(start.getTime() - betweenWith(linking, 1, 30) * 86400000));
  seminars.push({
    id,
    title,
    summary: chinese ? sentence(zh.words, 15, 35, '') : sentence(en.words, 12, 28),
    description: random() < 0.5 ? undefined : chinese ? sentence(zh.words, 20, 60, '') : sentence(en.words, 20, 50),
    language: chinese ? 'zh' : 'en',
    start: iso(start),
    end: iso(end),
    time_zone: zones[city] ?? 'Asia/Shanghai',
    venue: { name: city === 'Online' ? 'Online' : `${pick(['Example', 'Sample'])} ${pick(['Conference Centre', 'University Hall', 'Hotel', 'Training Centre'])}`, city },
    format,
    organisers: some(organisers, 1, 3),
    hosts: some(organisers, 0, 1),
    speakers,
    audience: chinese ? sentence(zh.words, 4, 10, '') : sentence(en.words, 4, 10),
    expected_attendance: between(20, 500),
    topics: some(topics.map((t) => t.id), 1, 3),
    agenda,
    website: linking() < 0.6 ? page : undefined,
    registration: linking() < 0.5 ? { url: `${page}/register`, closes: linking() < 0.7 ? closes : undefined } : undefined,
    online: format !== 'in_person' && linking() < 0.8 ? `https://meet.example.org/${id}` : undefined,
    contact: linking() < 0.4 ? 'events@example.org' : undefined,
    source: 'Synthetic listing generated for benchmarks.',
    example: true,
    translations: translating() < 0.25 ? translation(chinese, city, speakers, agenda) : undefined,
    ...roles(start, end),
  });
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ version: 1, topics, audiences, seminars }));
console.log(`${out}: ${count} seminars, seed ${seed}`);
