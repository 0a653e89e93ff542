//! A synthetic corpus for benchmarks and scale tests: news-like documents recombined from sentence templates
//! with generated people, real countries, capitals and organisations, and dates — deterministic from a seed.
//! Not user-facing (`dossier generate` is a hidden developer command).

use std::io::Write;
use std::path::Path;

use crate::extract::Knowledge;

/// A small, fast, deterministic pseudo-random generator (xorshift64*).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1)
    }
    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// One of the items.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TEMPLATES: &[&str] = &[
    "{ROLE} {PERSON} met {DEMONYM2} officials in {CITY} on {WEEKDAY} to discuss trade and security.",
    "{COUNTRY} accused {COUNTRY2} of sheltering militants along their shared border.",
    "{PERSON}, the {DEMONYM} ambassador, said talks with {CAPITAL2} would continue next month.",
    "Officials in {CAPITAL} said the agreement with {COUNTRY2} would be signed in {MONTH}.",
    "The {ORG} said its observers had been denied access to the region.",
    "{COUNTRY} and {COUNTRY2} held talks on energy cooperation, according to a statement.",
    "{CAPITAL} rejected the report as baseless and summoned the {DEMONYM2} envoy.",
    "Analysts at the {INSTITUTE} warned that the dispute could escalate.",
    "{PERSON2} told reporters that the government had not recognised the new authorities.",
    "Trade between {COUNTRY} and {COUNTRY2} rose by {NUMBER} per cent last year.",
    "{DEMONYM} forces carried out air strikes near {CITY}, residents said.",
    "The meeting in {CITY} was attended by delegations from {COUNTRY}, {COUNTRY2} and {COUNTRY3}.",
    "Foreign Minister {PERSON} is expected to visit {CAPITAL2} after the summit.",
    "{SURNAME} said the proposal was \"a step in the right direction\" but stopped short of endorsing it.",
    "Local media reported that {NUMBER} people had been detained in {CITY} since {MONTH}.",
    "The {ORG} called on all parties to respect the ceasefire agreed in {CITY}.",
    "In a phone call, {PERSON} and {PERSON2} discussed the humanitarian situation.",
    "{COUNTRY} has deported thousands of {DEMONYM2} migrants this year, the {ORG} said.",
    "Economists expect growth of {NUMBER} per cent in {COUNTRY} next year, despite sanctions.",
    "The statement did not mention {COUNTRY3} by name.",
    "{PERSON}, a spokesperson for the {INSTITUTE}, declined to comment.",
    "Protests continued in {CITY} for a third day on {WEEKDAY}.",
];

const SYLLABLES: &[&str] = &[
    "ka", "ri", "mo", "zan", "del", "ar", "bek", "sa", "lu", "tor", "mi", "ra", "ho", "vel", "din", "ya", "sho", "ne",
    "ba", "kir", "lo", "fa", "gul", "ten", "os", "ev", "an", "ul", "ser", "pa",
];
const GIVEN: &[&str] = &[
    "Amina", "Farid", "Elena", "Tomasz", "Nadia", "Omar", "Lucia", "Kenji", "Priya", "Samuel", "Leila", "Ivan",
    "Mariam", "Diego", "Aisha", "Viktor", "Chen", "Fatima", "Jonas", "Rustam",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn surname(rng: &mut Rng) -> String {
    let k = 2 + rng.below(2);
    capitalised(&(0..k).map(|_| *rng.pick(SYLLABLES)).collect::<String>())
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// Writes a synthetic corpus of `count` documents of about `bytes_each` bytes into `dir`.
// The explicit `*rng.pick(..)` derefs are needed: without them `pick` infers `T = str` from `replace`.
#[allow(clippy::explicit_auto_deref)]
pub fn generate(dir: &Path, count: usize, bytes_each: usize, seed: u64) -> std::io::Result<()> {
    let kb = Knowledge::builtin();
    let countries: Vec<_> =
        kb.countries.iter().filter(|c| !c.historical && !c.demonyms.is_empty() && !c.capitals.is_empty()).collect();
    let orgs: Vec<&str> = kb.organizations.iter().filter(|o| !o.ambiguous).map(|o| o.name.as_str()).collect();
    let cities: Vec<&str> =
        kb.places.iter().filter(|p| p.population > 500_000 && !p.ambiguous).map(|p| p.name.as_str()).collect();
    let mut rng = Rng::new(seed);
    std::fs::create_dir_all(dir)?;
    for n in 0..count {
        let people: Vec<String> =
            (0..6).map(|k| format!("{} {}", GIVEN[(n * 7 + k) % GIVEN.len()], surname(&mut rng))).collect();
        let mut text = String::with_capacity(bytes_each + 200);
        let (y, m, d) = (2015 + rng.below(10), rng.below(12), 1 + rng.below(28));
        text.push_str(&format!(
            "{} talks under pressure\n\n{} {}, {}\n\n",
            countries[rng.below(countries.len())].name,
            MONTHS[m],
            d,
            y
        ));
        while text.len() < bytes_each {
            let t = *rng.pick(TEMPLATES);
            let c = [rng.pick(&countries), rng.pick(&countries), rng.pick(&countries)];
            let p = [rng.pick(&people).clone(), rng.pick(&people).clone()];
            let sentence = t
                .replace("{PERSON2}", &p[1])
                .replace("{PERSON}", &p[0])
                .replace("{SURNAME}", p[0].split(' ').next_back().unwrap_or(""))
                .replace("{ROLE}", *rng.pick(&["Deputy Foreign Minister", "President", "Defence Minister", "envoy"]))
                .replace("{COUNTRY3}", &c[2].name)
                .replace("{COUNTRY2}", &c[1].name)
                .replace("{COUNTRY}", &c[0].name)
                .replace("{DEMONYM2}", &c[1].demonyms[0])
                .replace("{DEMONYM}", &c[0].demonyms[0])
                .replace("{CAPITAL2}", &c[1].capitals[0])
                .replace("{CAPITAL}", &c[0].capitals[0])
                .replace("{CITY}", *rng.pick(&cities))
                .replace("{ORG}", *rng.pick(&orgs))
                .replace("{INSTITUTE}", &format!("{} Institute for Strategic Studies", surname(&mut rng)))
                .replace("{WEEKDAY}", *rng.pick(WEEKDAYS))
                .replace("{MONTH}", *rng.pick(MONTHS))
                .replace("{NUMBER}", &(1 + rng.below(90)).to_string());
            text.push_str(&sentence);
            text.push(if rng.below(4) == 0 { '\n' } else { ' ' });
        }
        let sub = dir.join(format!("{:03}", n / 1000));
        std::fs::create_dir_all(&sub)?;
        let mut f = std::fs::File::create(sub.join(format!("doc{n:06}.txt")))?;
        f.write_all(text.as_bytes())?;
    }
    Ok(())
}
