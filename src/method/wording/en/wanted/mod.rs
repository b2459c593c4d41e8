//! A complaint restated as the state the customer wants: "The front lamp is too dim" → "The
//! front lamp is bright enough", "The charger is slow" → "The charger is fast". Island names
//! are demanded qualities, and a demanded quality says what is wanted, not what is wrong.
//! Only the pattern "subject + linking verb + (degree) + adjective" is restated, and only with
//! adjectives whose opposite is the plain wanted state; anything else gets no rewrite.

use super::shared::*;
use amount::*;
use kept::*;
pub(super) use possible::can_be_done;
pub(super) use restate::available_instead;
use restate::*;

mod amount;
mod kept;
mod possible;
mod restate;

/// (complaint, wanted state, whether the wanted state reads better with "enough": "The cup is
/// big enough", not "The cup is big").
#[rustfmt::skip]
const OPPOSITES: &[(&str, &str, bool)] = &[
    ("dim", "bright", true), ("small", "big", true), ("tiny", "big", true),
    ("short", "long", true), ("weak", "strong", false), ("low", "high", true),
    ("narrow", "wide", true), ("thin", "thick", true),
    ("slow", "fast", false), ("sluggish", "responsive", false), ("laggy", "responsive", false),
    ("heavy", "light", false), ("loud", "quiet", false), ("noisy", "quiet", false),
    ("expensive", "affordable", false), ("pricey", "affordable", false),
    ("overpriced", "affordable", false), ("hard", "easy", false), ("difficult", "easy", false),
    ("awkward", "easy", false), ("fiddly", "easy", false), ("complicated", "simple", false),
    ("confusing", "clear", false), ("unclear", "clear", false), ("poor", "good", false),
    ("bad", "good", false), ("terrible", "good", false), ("flimsy", "sturdy", false),
    ("fragile", "sturdy", false), ("blurry", "sharp", false), ("dirty", "clean", false),
    ("messy", "clean", false), ("uncomfortable", "comfortable", false),
    ("wobbly", "steady", false), ("unstable", "stable", false), ("bulky", "compact", false),
("unreliable", "reliable", false),
    ("inaccurate", "accurate", false), ("useless", "useful", false), ("smelly", "odourless", false),
    ("loose", "secure", false), ("ugly", "attractive", false),
    ("unresponsive", "responsive", false),
    ("painful", "comfortable", false), ("harsh", "gentle", false), ("stiff", "smooth", false),
    ("bent", "straight", false), ("musty", "fresh", false), ("stale", "fresh", false),
    ("clunky", "smooth", false), ("vague", "clear", false), ("lukewarm", "hot", true),
    // Of a drink or a dish.
    ("bitter", "smooth", false), ("watery", "rich", false),
    ("scalding", "the right temperature", false),
];
/// Complaints a verb makes on its own at the end of a statement ("The mop smells", "The app
/// crashes"), with the wanted state in its singular and plural forms.
#[rustfmt::skip]
const VERB_OPPOSITES: &[(&str, &str, &str)] = &[
    ("smells", "smells fresh", "smell fresh"), ("smell", "smells fresh", "smell fresh"),
    ("stinks", "smells fresh", "smell fresh"), ("stink", "smells fresh", "smell fresh"),
    ("crashes", "runs stably", "run stably"), ("crash", "runs stably", "run stably"),
    ("freezes", "runs smoothly", "run smoothly"), ("lags", "responds quickly", "respond quickly"),
    ("leaks", "stays sealed", "stay sealed"), ("leak", "stays sealed", "stay sealed"),
    ("rattles", "runs quietly", "run quietly"), ("rattle", "runs quietly", "run quietly"),
    ("squeaks", "runs quietly", "run quietly"), ("squeak", "runs quietly", "run quietly"),
    ("wobbles", "stands steady", "stand steady"), ("wobble", "stands steady", "stand steady"),
    ("overheats", "stays cool", "stay cool"), ("overheat", "stays cool", "stay cool"),
    ("drips", "stays dry", "stay dry"), ("drip", "stays dry", "stay dry"),
    ("collapses", "holds its shape", "hold their shape"),
    ("collapse", "holds its shape", "hold their shape"),
];
/// Complaints a closing phrase makes ("The dock takes up a lot of space"), and the wanted state.
#[rustfmt::skip]
const PHRASE_OPPOSITES: &[(&str, &str)] = &[
    ("takes up a lot of space", "takes up little space"),
    ("takes up too much space", "takes up little space"),
    ("takes up so much space", "takes up little space"),
    ("take up a lot of space", "take up little space"),
    ("take up too much space", "take up little space"),
    ("comes way too late", "comes in time"), ("comes too late", "comes in time"),
    ("is always in the way", "stays out of the way"), ("is in the way", "stays out of the way"),
    ("wear out quickly", "last long"), ("wears out quickly", "lasts long"),
    ("wear out fast", "last long"), ("wears out fast", "lasts long"),
    ("takes way too long", "is quick"), ("takes too long", "is quick"),
    ("take too long", "are quick"), ("takes forever", "is quick"),
    ("is hit and miss", "is reliable"), ("is a hit and miss", "is reliable"),
    ("is hit or miss", "is reliable"), ("is a hit or miss", "is reliable"),
    ("drains quickly", "lasts long"), ("drains fast", "lasts long"),
    ("dies too fast", "lasts long"), ("dies too quickly", "lasts long"),
    ("dies quickly", "lasts long"), ("dies fast", "lasts long"),
    ("die too fast", "last long"), ("die quickly", "last long"),
    ("connection drops often", "connection stays stable"),
    ("connection keeps dropping", "connection stays stable"),
    ("drain quickly", "last long"), ("drain fast", "last long"),
    ("runs flat", "holds its charge"), ("run flat", "hold their charge"),
    ("keeps disconnecting", "stays connected"), ("disconnects", "stays connected"),
    ("drops off the wifi", "stays on the wifi"), ("goes offline", "stays online"),
    ("is missing", "is included"), ("are missing", "are included"),
    ("is discontinued", "is still available"), ("are discontinued", "are still available"),
    ("falls off", "stays on"), ("fall off", "stay on"), ("comes off", "stays on"),
    ("come off", "stay on"), ("scratches easily", "resists scratching"),
    ("scratch easily", "resist scratching"), ("stains easily", "resists staining"),
    ("stain easily", "resist staining"), ("shows every fingerprint", "hides fingerprints"),
    ("show every fingerprint", "hide fingerprints"), ("shows fingerprints", "hides fingerprints"),
    ("show fingerprints", "hide fingerprints"),
    ("barely makes a difference", "makes a clear difference"),
    ("barely make a difference", "make a clear difference"),
    // "easy" alone leaves open what is easy (rule 7); "effortless" says it.
    ("is a hassle", "is effortless"), ("are a hassle", "are effortless"),
    ("is a pain", "is effortless"), ("are a pain", "are effortless"),
    ("is a chore", "is effortless"), ("are a chore", "are effortless"),
    ("is a nightmare", "is effortless"), ("are a nightmare", "are effortless"),
    ("works about half the time", "works every time"),
    ("works only half the time", "works every time"), ("works half the time", "works every time"),
    ("work about half the time", "work every time"), ("work half the time", "work every time"),
    ("cuts out", "keeps running"), ("cut out", "keep running"),
    ("jumps around", "stays steady"), ("jump around", "stay steady"),
    ("is a joke", "works well"), ("are a joke", "work well"),
];
/// Noises a part makes ("makes a rattling sound"): the wanted state is a quiet run.
const NOISES: &[&str] = &[
    "rattling",
    "grinding",
    "clicking",
    "squeaking",
    "squealing",
    "buzzing",
    "whining",
    "loud",
    "strange",
    "weird",
    "knocking",
    "banging",
    "screeching",
    "clunking",
];
/// Complaints that keep what follows them: what winds round a part ("Hair gets wound around
/// the brush ends" → "Hair stays off the brush ends"), a battery that gives out before a task
/// ("The battery dies before I finish the downstairs" → "… lasts until I finish …").
#[rustfmt::skip]
const AROUND_OPPOSITES: &[(&str, &str)] = &[
    ("gets wound around", "stays off"), ("get wound around", "stay off"),
    ("gets wound round", "stays off"), ("get wound round", "stay off"),
    ("gets wrapped round", "stays off"), ("get wrapped round", "stay off"),
    ("gets wrapped around", "stays off"), ("get wrapped around", "stay off"),
    ("gets tangled around", "stays off"), ("get tangled around", "stay off"),
    ("wraps around", "stays off"), ("wrap around", "stay off"),
    ("dies before", "lasts until"), ("die before", "last until"),
    ("runs out before", "lasts until"), ("run out before", "last until"),
    ("runs flat before", "lasts until"), ("run flat before", "last until"),
];
/// Where a leak goes: the wanted state keeps it in, wherever it went ("The water tank leaks
/// onto the floor" → "The water tank stays sealed").
const SPILLS: &[&str] = &["onto", "into", "everywhere", "over", "all"];
/// How long a wait is, after "takes" ("takes ages to heat up"): the wanted state is quick.
const LONG_WAITS: &[&[&str]] = &[
    &["ages"],
    &["forever"],
    &["too", "long"],
    &["way", "too", "long"],
    &["so", "long"],
    &["a", "long", "time"],
];
/// Particles that go with a verb before its manner ("heats up quickly").
const PARTICLES: &[&str] = &["up", "down", "off", "out", "through", "over", "back"];
/// How much room a thing takes up that is too much ("takes up half my counter").
const MUCH_ROOM: &[&[&str]] = &[
    &["half"],
    &["most"],
    &["all"],
    &["a", "lot"],
    &["too", "much"],
    &["so", "much"],
    &["lots"],
];
/// What a part leaves behind that it should not ("The mop pad leaves streaks").
#[rustfmt::skip]
const LEFT_BEHIND: &[&str] = &[
    "streaks", "marks", "smears", "residue", "crumbs", "dust", "hair", "stains", "puddles",
    "skin", "scratches", "fingerprints", "lint", "film", "drips", "spots",
];
/// A state that gets worse in use, with the state wanted to stay ("The side panel gets hot"
/// → "The side panel stays cool").
const GETS_OPPOSITES: &[(&str, &str)] = &[
    ("hot", "cool"),
    ("warm", "cool"),
    ("wet", "dry"),
    ("cold", "warm"),
];
/// Words that open when or where a complaint holds ("at night", "on the max setting"): the
/// wanted state holds there too.
const SCENES: &[&str] = &[
    "at", "in", "on", "during", "when", "while", "after", "by", "between",
];

/// Adjectives of a measure either end of which can be too much ("too bright", "too big"): the
/// wanted state is the right measure ("… is the right brightness"), not its opposite.
#[rustfmt::skip]
const MEASURES: &[(&str, &str)] = &[
    ("big", "size"), ("large", "size"), ("huge", "size"), ("tall", "height"),
    ("high", "height"), ("long", "length"), ("bright", "brightness"), ("thick", "thickness"),
    ("wide", "width"), ("deep", "depth"), ("soft", "firmness"), ("firm", "firmness"),
    ("hot", "temperature"), ("cold", "temperature"), ("sweet", "sweetness"),
    ("strong", "strength"),
];
/// What tells the customer how to use the product: when it is poor, it wants to be clear.
const TOLD: &[&str] = &[
    "documentation",
    "instructions",
    "manual",
    "explanation",
    "explanations",
    "guide",
    "labels",
    "labelling",
    "labeling",
    "help",
];
/// What a product looks like: when it is poor, it wants to be attractive.
const APPEARANCE: &[&str] = &[
    "colour", "color", "colours", "colors", "design", "finish", "look", "style", "shape",
];
/// Adjectives that are a complaint only after "looks" or "feels" ("looks cheap"; "is cheap" is
/// praise of the price).
const LOOKS: &[(&str, &str)] = &[("cheap", "well made"), ("plasticky", "well made")];
/// Verbs that link a subject to its state. "gets" becomes "stays": "The cloth gets dirty" →
/// "The cloth stays clean".
#[rustfmt::skip]
const LINKS: &[&str] = &[
    "is", "are", "feels", "feel", "looks", "look", "seems", "seem", "sounds", "sound", "gets",
    "get", "becomes", "become", "smells", "smell", "tastes", "taste", "goes", "go", "turns",
    "turn",
];
/// What a customer wants less of: with these, "low" or "small" states the wanted state.
#[rustfmt::skip]
const COSTS: &[&str] = &[
    "noise", "price", "prices", "cost", "costs", "weight", "consumption", "error", "errors",
    "delay", "delays", "wait", "fee", "fees", "vibration", "smell", "odour", "odor", "footprint",
];
/// Adjectives of less, which praise a cost.
const LESS: &[&str] = &["small", "tiny", "short", "low", "thin"];
/// Degree words before the adjective; they go with the complaint.
#[rustfmt::skip]
const DEGREE: &[&str] = &[
    "too", "very", "so", "really", "quite", "pretty", "rather", "way", "far", "extremely",
    "super", "incredibly", "ridiculously", "painfully", "a", "bit", "little", "kind", "of",
    "somewhat", "fairly", "much", "still", "always", "often", "sometimes", "constantly",
    "dangerously",
];

/// Words that open a clause of when or whether ("… before the battery runs flat", "… if the
/// tank leaks"): a fault named inside one is what the statement guards against, not what it
/// complains of.
/// "after" is left out: it tells how soon a fault came ("… is full after ten cups").
const SUBORDINATORS: &[&str] = &[
    "when", "whenever", "if", "before", "until", "unless", "once", "while", "because",
];

/// Where the first clause of when or whether opens, after the statement's first word; the
/// text's end when none does.
fn main_clause_end(text: &str, toks: &[Tok]) -> usize {
    toks.iter()
        .filter(|t| !t.punct)
        .skip(1)
        .find(|t| is_in(SUBORDINATORS, &t.w))
        .map_or(text.len(), |t| t.start)
}

/// The wanted state of a complaint in the main clause; one that a clause of when or whether
/// names ("The light warns the rider well before the battery runs flat") is left as it is.
pub(crate) fn wanted(text: &str) -> Option<String> {
    let toks = tokenize(text);
    let w = restated(text, &toks)?;
    let same = text
        .char_indices()
        .zip(w.chars())
        .find(|((_, a), b)| a != b)
        .map_or(text.len().min(w.len()), |((at, _), _)| at);
    let end = main_clause_end(text, &toks);
    (end == text.len() || same < end).then_some(w)
}

fn restated(text: &str, toks: &[Tok]) -> Option<String> {
    if toks
        .iter()
        .any(|t| t.punct && t.end < text.trim_end().len())
    {
        return None;
    }
    let words: Vec<&Tok> = toks.iter().filter(|t| !t.punct).collect();
    // "No spare parts available": the one negation that says plainly what is wanted.
    // "Can't fill the tank from the top": what can be done is what is wanted.
    if let Some(w) = available_instead(text, &words).or_else(|| can_be_done(text, &words)) {
        return Some(w);
    }
    if (0..words.len()).any(|i| negates_at(&words, i)) {
        return None;
    }
    let lower = text.trim_end_matches(['.', '!']).trim_end().to_lowercase();
    // ASCII only, so that the lowered text's byte positions are the text's.
    // The phrase ends the statement, or a scene follows it ("… drains quickly on max").
    let phrase = PHRASE_OPPOSITES.iter().find_map(|(bad, good)| {
        let at = lower.find(&format!(" {bad}"))? + 1;
        let tail = text.get(at + bad.len()..lower.len())?;
        let scene = tail.is_empty()
            || tail.starts_with(' ')
                && SCENES.contains(&tail.split_whitespace().next().unwrap_or(""));
        (text.is_ascii() && scene).then_some((at, good, tail))
    });
    if let Some(w) = moves_freely(text, &words)
        .or_else(|| quick_instead(text, &words))
        .or_else(|| little_room(text, &words))
        .or_else(|| leaves_clean(text, &words))
        .or_else(|| barely_does(text, &words))
        .or_else(|| quiet_instead(text, &words))
        .or_else(|| gives_better(text, &words))
        .or_else(|| more_than(text, &words))
        .or_else(|| fills_later(text, &words))
        .or_else(|| answers_quickly(text, &words))
        .or_else(|| more_than_one(text, &words))
        .or_else(|| fits_instead(text, &words))
        .or_else(|| little_spent(text, &words))
        .or_else(|| keeps_running(text, &words))
        .or_else(|| lasts_instead(text, &words))
        .or_else(|| instead_of(text, &words))
        .or_else(|| free_of(text, &words))
        .or_else(|| stays_instead(text, &words))
        .or_else(|| spread_clean(text, &words))
        .or_else(|| clear_of(text, &words))
        .or_else(|| smells_fresh(text, &words))
        .or_else(|| done_well(text, &words))
    {
        return Some(w);
    }
    // What winds round a part keeps the part it named ("… stays off the brush ends").
    let around = AROUND_OPPOSITES.iter().find_map(|(bad, good)| {
        let at = lower.find(&format!(" {bad} "))? + 1;
        let tail = text.get(at + bad.len()..lower.len())?;
        (text.is_ascii() && at > 1).then(|| format!("{}{good}{tail}", &text[..at]))
    });
    if around.is_some() {
        return around;
    }
    if let Some((at, good, tail)) = phrase {
        let head = text[..at].trim_end();
        // A subject of its own before the phrase.
        if head.split_whitespace().count() >= 1 {
            return Some(format!("{head} {good}{tail}"));
        }
        return None;
    }
    if let Some(w) = verb_complaint(text, &words) {
        return Some(w);
    }
    // The first linking verb, after a subject of at least one word; "comes out" links what
    // a machine gives to its state ("Cups come out scalding").
    let comes_out = |i: usize| {
        matches!(words[i].w.as_str(), "comes" | "come" | "came")
            && words.get(i + 1).is_some_and(|t| t.w == "out")
    };
    let k = (1..words.len()).find(|&i| is_in(LINKS, &words[i].w) || comes_out(i))?;
    let out = comes_out(k);
    let mut j = if out { k + 2 } else { k + 1 };
    let mut too = false;
    // "barely warm": short of a state that is itself wanted ("… is warm enough").
    let mut barely = false;
    // "so loud it wakes the house": the result goes with the complaint.
    let mut so = false;
    while j < words.len()
        && (is_in(DEGREE, &words[j].w) || matches!(words[j].w.as_str(), "barely" | "hardly"))
    {
        too |= words[j].w == "too";
        so |= words[j].w == "so";
        barely |= matches!(words[j].w.as_str(), "barely" | "hardly");
        j += 1;
    }
    let adj = words.get(j)?;
    let link = words[k].w.as_str();
    let seen = matches!(link, "looks" | "look" | "feels" | "feel");
    let turns = matches!(
        link,
        "gets" | "get" | "becomes" | "become" | "goes" | "go" | "turns" | "turn"
    );
    let short_of = (barely && is_adjective(&adj.w) && !OPPOSITES.iter().any(|(b, ..)| *b == adj.w))
        .then_some((adj.orig, true));
    // Poor instructions want to be clear, not "good" (rule 7 would flag it).
    let told = words[..k].iter().any(|t| is_in(TOLD, &t.w))
        && matches!(
            adj.w.as_str(),
            "poor" | "bad" | "terrible" | "awful" | "useless"
        );
    // A task that annoys wants to be effortless ("Wiping the steam wand is annoying"); a
    // thing that annoys ("The beeping is annoying") wants something else.
    let task = words[0].w.ends_with("ing")
        && is_listed_verb_form(&words[0].w)
        && matches!(
            adj.w.as_str(),
            "annoying" | "tedious" | "tiresome" | "exhausting"
        );
    // An ugly look wants to be attractive, not "good" (rule 7 would flag it).
    let looks_poor = words[..k].iter().any(|t| is_in(APPEARANCE, &t.w))
        && matches!(
            adj.w.as_str(),
            "awful" | "terrible" | "horrible" | "bad" | "poor" | "hideous"
        );
    let opposite = short_of
        .or_else(|| told.then_some(("clear", false)))
        .or_else(|| looks_poor.then_some(("attractive", false)))
        .or_else(|| task.then_some(("effortless", false)))
        .or_else(|| {
            GETS_OPPOSITES
                .iter()
                .find(|(bad, _)| turns && *bad == adj.w)
                .map(|&(_, good)| (good, false))
        })
        .or_else(|| {
            OPPOSITES
                .iter()
                .find(|(bad, ..)| *bad == adj.w)
                .map(|&(_, good, enough)| (good, enough))
        })
        .or_else(|| {
            LOOKS
                .iter()
                .find(|(bad, _)| seen && *bad == adj.w)
                .map(|&(_, good)| (good, false))
        });
    // Too much of a measure wants the right measure ("The display is too bright").
    let right;
    let (good, enough) = match opposite {
        Some(o) => o,
        None if too => {
            let (_, measure) = MEASURES.iter().find(|(a, _)| *a == adj.w)?;
            right = format!("the right {measure}");
            too = false;
            (right.as_str(), false)
        }
        None => return None,
    };
    // After the adjective: nothing, or a purpose, a measure or a scene ("too small to hold a mug", "too
    // small for a family"), which keeps "enough" in the wanted state.
    let tail = match words.get(j + 1).map(|t| t.w.as_str()) {
        // A concession goes with the complaint ("too weak even on the strongest setting").
        None | Some("even") => "",
        Some(w) if so && (is_in(PRONOUNS, w) || w == "that") => "",
        // Or when and where it is ("too bright at night").
        Some(w) if matches!(w, "to" | "for") || is_in(SCENES, w) => &text[words[j + 1].start..],
        Some(_) => return None,
    };
    let tail = tail.trim_end_matches(['.', '!']).trim_end();
    // Less of a cost is what is wanted: "The noise is low", "The price is low" are praise.
    if is_in(LESS, &adj.w) && words[..k].iter().any(|t| is_in(COSTS, &t.w)) {
        return None;
    }
    let verb = match link {
        "gets" | "becomes" | "goes" | "turns" => "stays",
        "get" | "become" | "go" | "turn" => "stay",
        _ => words[k].orig,
    };
    // "… come out at the right temperature".
    let verb = if out {
        let at = if good.starts_with("the right") {
            " at"
        } else {
            ""
        };
        format!("{verb} out{at}")
    } else {
        verb.to_string()
    };
    let enough = if enough || too { " enough" } else { "" };
    let space = if tail.is_empty() { "" } else { " " };
    Some(format!(
        "{}{verb} {good}{enough}{space}{tail}",
        &text[..words[k].start]
    ))
}

/// Words that say something is wrong or lacking, besides the complaints of the tables above.
#[rustfmt::skip]
const COMPLAINT_WORDS: &[&str] = &[
    "too", "only", "barely", "hardly", "constantly", "keeps", "annoying", "useless", "broken",
    "fails", "failed", "stuck", "jammed", "lag", "delay", "delayed", "scratched", "scratches",
    "scalding", "lukewarm", "burnt", "watery", "hassle", "forever", "ages", "collapses",
    "dangerously", "streaks", "fingerprint", "fingerprints", "smudges", "stains", "sprays",
    "splashes", "unusable", "junk", "awful", "terrible", "horrible", "worst", "worse",
    "frustrating", "disappointing", "clogs", "clogged", "rattling", "died", "dies", "bounces",
    "bounced", "musty", "mouldy", "moldy", "rancid",
    // Falling short of a state ("The pad is almost dry" after twenty minutes of mopping).
    "almost", "nearly",
];
/// Phrases that tell a fault ("The motor cuts out after a few minutes").
#[rustfmt::skip]
const COMPLAINT_PHRASES: &[&str] = &[
    "stops working", "stopped working", "cuts out", "gives out", "out of stock", "half the time",
    "to the touch", "all over", "fills up", "stay buried", "stays buried", "leaves crumbs",
    "leave crumbs", "leaves dust", "leave dust", "leaves marks", "leave marks", "leaves hair",
    "wraps around", "wrap around", "wrapped around", "wound around", "drops off", "drops out",
    "disconnects", "goes offline", "sticks open", "gives up", "falls off", "fell off",
    "supposed to", "instead of", "leaves a", "leave a", "cost more", "costs more", "full after",
    "in the middle of",
];

pub(crate) fn complains(text: &str) -> bool {
    // A fault in a clause of when or whether is guarded against: "The alarm sounds if the tank
    // leaks" complains of nothing.
    let mut toks = tokenize(text);
    let end = main_clause_end(text, &toks);
    let text = &text[..end];
    toks.retain(|t| t.end <= end);
    let words: Vec<&Tok> = toks.iter().filter(|t| !t.punct).collect();
    // "The bin is full of fluff": what fills it is the complaint.
    let full_of = words.windows(2).any(|p| p[0].w == "full" && p[1].w == "of");
    let cost = words.iter().any(|t| is_in(COSTS, &t.w));
    let lower: Vec<&str> = words.iter().map(|t| t.w.as_str()).collect();
    let joined = format!(" {} ", lower.join(" "));
    // "It never gets stuck", "doesn't feel bad", "not too loud": a fault denied by a negation
    // up to three words before it is no complaint.
    let denied = |i: usize| {
        (i.saturating_sub(3)..i).any(|k| {
            negates_at(&words, k)
                && !text[words[k].end..words[i].start].contains([',', ';', ':', '.', '!', '?'])
        })
    };
    // "Keeps running in the middle of a room": what goes on there is wanted.
    let going = [" keeps running ", " keep running ", " keeps working "]
        .iter()
        .any(|g| joined.contains(g));
    full_of
        || COMPLAINT_PHRASES.iter().any(|p| {
            joined.contains(&format!(" {p} "))
                && !joined.contains(&format!(" cool {p} "))
                && !(going && *p == "in the middle of")
        })
        || words.iter().enumerate().any(|(i, t)| {
            // "smells" complains alone; followed by its state it may praise ("smells fresh").
            let alone = i + 1 == words.len() || !t.w.starts_with("smell");
            // After a preposition or a determiner it is a noun ("reacts to drips").
            let noun = i > 0
                && (is_in(PREPOSITIONS, &words[i - 1].w) || is_in(DETERMINERS, &words[i - 1].w));
            alone && !noun && VERB_OPPOSITES.iter().any(|(bad, ..)| *bad == t.w)
        })
        || words.iter().enumerate().any(|(i, t)| {
            // What is kept away is no complaint ("leaves no streaks", "hides fingerprints").
            let kept_away = i > 0
                && (matches!(
                    words[i - 1].w.as_str(),
                    "no" | "without" | "resists" | "resist" | "hides" | "hide"
                ) || i > 1 && words[i - 2].w == "free" && words[i - 1].w == "of");
            // "keeps running" is what is wanted; "keeps disconnecting" complains.
            let kept_going = matches!(t.w.as_str(), "keeps" | "keep")
                && words.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.w.as_str(),
                        "running" | "working" | "going" | "up" | "clean" | "dry" | "cool" | "warm"
                    )
                });
            is_in(COMPLAINT_WORDS, &t.w) && !kept_away && !kept_going && !denied(i)
        })
        // A complaint adjective said of the subject ("smells musty"), not one naming a kind
        // ("Low profile", "Fine dust").
        || words.windows(2).enumerate().any(|(i, p)| {
            // "a small flat" is an article, not "a bit small".
            let degree = is_in(DEGREE, &p[0].w) && !matches!(p[0].w.as_str(), "a" | "of" | "kind");
            (is_in(LINKS, &p[0].w) || degree)
                && OPPOSITES.iter().any(|(bad, ..)| *bad == p[1].w)
                && !(is_in(LESS, &p[1].w) && cost)
                && !denied(i)
        })
        // "Coffee comes out bitter".
        || words.windows(3).any(|p| {
            matches!(p[0].w.as_str(), "comes" | "come" | "came")
                && p[1].w == "out"
                && OPPOSITES.iter().any(|(bad, ..)| *bad == p[2].w)
        })
}

#[cfg(test)]
mod tests;
