// Understanding a question about seminars, in German or English: what is asked (intent and the facts wanted) and
// what narrows the search (dates, time of day, format, place, trainer, provider, audience, cost, length, language,
// free seats), plus the words left over for the topic search. Pure: it takes `now` and the display time zone.
import * as chrono from 'chrono-node';
import { easterSunday } from '../../db/easter.js';
import { mendEnglishTypos } from './english-typos.js';
import { SYNONYMS } from './synonyms.js';

export type FactKind =
  'when' | 'startTime' | 'where' | 'cost' | 'trainer' | 'duration' | 'deadline' | 'seats' | 'format' | 'language';
export type TrainerTitle = 'frau' | 'herr' | 'dr';
export type Intent = 'list' | 'fact' | 'details' | 'myRegistrations' | 'help' | 'thanks';
export type Period =
  | {
      kind: 'day' | 'week' | 'month' | 'year' | 'range' | 'quarter' | 'season';
      from: Date;
      to: Date;
      /** A day named by its weekday alone ("am Mittwoch", "on Wednesday"), not "nächsten Mittwoch" or a date. */
      byWeekday?: boolean;
    }
  | undefined;

/** Bounds on the fee: `below`/`above` exclude the amount ("unter 100 Euro"), `atMost`/`atLeast` include it ("bis 100 €"). */
export interface FeeRange {
  below?: number;
  atMost?: number;
  above?: number;
  atLeast?: number;
}

/** At most so many hours (`atMost`), or fewer (`below`). */
export interface HoursLimit {
  below?: number;
  atMost?: number;
}

export interface QuestionFilters {
  /** Sessions starting in [from, to). */
  period?: Period;
  timeOfDay?: 'morning' | 'afternoon' | 'evening';
  /** Any session on this day of the week, ISO numbering (1 = Monday … 7 = Sunday): "freitags", "an einem Freitag". */
  weekday?: number;
  /** No session on this day of the week: "bitte nicht an einem Freitag", "not on Fridays". */
  notWeekday?: number;
  format?: 'online' | 'in_person' | 'hybrid';
  /** "von zu Hause", "from home": online, and a hybrid seminar can be joined from there too. */
  fromHome?: boolean;
  /** "aber nicht online", "not in person": held in any other format. */
  notFormat?: 'online' | 'in_person' | 'hybrid';
  /** Fee 0 or none. */
  free?: boolean;
  /** What the seminar may cost, in euros ("unter 100 Euro", "zwischen 200 und 300 €", "at least €50"). */
  fee?: FeeRange;
  /** How long it may last, all its sessions together, in hours ("unter zwei Stunden", "at most 3 hours"). */
  hours?: HoursLimit;
  /** A session starting at or after this local time, "HH:MM" ("ab 14 Uhr", "after 2 pm"). */
  startsFrom?: string;
  /** A session starting at this local time, "HH:MM" ("beginnt um 9 Uhr", "starting at half past two"). */
  startsAt?: string;
  multiDay?: boolean;
  language?: 'de' | 'en';
  seatsAvailable?: boolean;
  /** Candidate facets: applied when the catalogue knows them, otherwise searched as topic words. */
  place?: string[];
  trainer?: string[];
  provider?: string[];
  /** Lower-case fragments of the audience field and title, any of them ("führungskr", "einsteiger|anfänger"). */
  audience?: string;
}

/** The words of the place, trainer and provider candidates, which are search terms too ("und der in Anklam?"). */
export function facetWords(filters: QuestionFilters): Set<string> {
  return new Set(
    [...(filters.place ?? []), ...(filters.trainer ?? []), ...(filters.provider ?? [])].map((w) => w.toLowerCase()),
  );
}

export interface SearchTerm {
  /** What the user wrote (lower case). */
  text: string;
  /** Searched together: the word itself and its curated synonyms. */
  alternatives: string[];
  /** Broader neighbouring topics, searched too but worth less than an alternative (see synonyms.ts). */
  related?: string[];
  /** Broader topics, searched only when no seminar names the word itself (see synonyms.ts). */
  broader?: string[];
  /** A phrase of the curated vocabulary (synonyms.ts), written as meant: where nothing has it, it is no typo. */
  known?: boolean;
  /** A word of the story around a question that asks by filters: dropped where the catalogue does not know it. */
  story?: boolean;
  /** A single word of a German question: capitalised where it has case (a noun), or an adjective or a doing (false). */
  noun?: boolean;
  /** Written after "by" or "Kurse von" ("courses by ekom21"): it may name who offers or teaches the seminars. */
  named?: boolean;
  /**
   * Not the subject: where the asker works ("Ich bin neu im Bürgerservice und soll Widersprüche bearbeiten"), being new
   * ("seit Kurzem Führungskraft") or the course's level ("excel fortgeschritten"). Counts for less beside a subject.
   */
  context?: boolean;
  /**
   * Where the asker works ("am Schalter", "ich bin neu in der Beschaffung"), with whom ("wenn Bürger …") or for whom
   * the course is wanted ("Englisch für die Bürgerberatung"): context too.
   */
  setting?: 'where' | 'withWhom' | 'forWhom';
}

/** What seminars are ordered by, and which end is asked for. */
export interface Order {
  by: 'fee' | 'length' | 'date';
  dir: 'lowest' | 'highest';
}

export interface Question {
  text: string;
  intent: Intent;
  facts: FactKind[];
  filters: QuestionFilters;
  terms: SearchTerm[];
  /** A fact or details question without a topic of its own: it refers to the seminar of the conversation. */
  followUp: boolean;
  /** "Wann ist der nächste Excel-Kurs?": of the seminars that fit, the one that comes first. */
  earliest?: boolean;
  /** "Was kosten die Excel-Kurse?", "the two leadership seminars": the facts of that many that fit (at most). */
  several?: number;
  /**
   * "noch Plätze frei?", "online?": a filter alone asks that fact of the seminar the conversation is about, if it is
   * about one; else it is a search.
   */
  factOfFocus?: 'seats' | 'format' | 'cost';
  /** "Gibt es den auch online?": whether its subject is offered so, on another date if not on this one. */
  offeredIn?: QuestionFilters['format'];
  /**
   * "Ich bin Personalrätin und möchte wissen, was im Dezember geplant ist": the audience is only who asks, not asked for
   * ("für mich", "für Führungskräfte").
   */
  askerOnly?: boolean;
  /** "Gibt es einen späteren Termin?", "Und danach?": what comes after the seminars of the conversation. */
  later?: boolean;
  /** "Und das zur E-Rechnung?": the facts of the previous question, asked of another seminar. */
  continues?: boolean;
  /** "Und im Oktober?", "what about online?": the last search again, with this filter instead. */
  refines?: boolean;
  /** "Welcher davon ist abends?", "nur online": the refined search narrows the list just shown. */
  narrows?: boolean;
  /** "Und der am Donnerstag?", "the one in Mettlach": one seminar of the list just shown, named by a filter. */
  oneOfThem?: boolean;
  /**
   * "Was kostet der zweite?", "Und der andere?": a seminar of the list just shown, by its place in it; "Was kosten die
   * beiden?": each of the two just shown.
   */
  pick?: number | 'last' | 'other' | 'both';
  /**
   * "datenschutz schulungen", "vhs kurse": the bare word before the kind of course names its provider or its subject;
   * the search takes it for the subject where seminars of other providers are about it.
   */
  providerOrSubject?: boolean;
  /** How the trainer asked for was addressed ("Frau Schulze", "Dr. Hofmann"): a trainer so named must be so too. */
  trainerTitles?: TrainerTitle[];
  /** "Und die Woche danach?", "and the month after?": the last search again, in the week or month after its period. */
  following?: 'week' | 'month';
  /** "Gibt es noch andere Kurse am Abend?": besides the seminar the conversation is about. */
  others?: boolean;
  /**
   * "Was macht der sonst noch?", "what else does she teach?": the other seminars of the trainer of the seminar talked
   * about, the man or the woman when the pronoun says which.
   */
  trainerOthers?: 'he' | 'she' | 'either';
  /**
   * "Was ist das teuerste Seminar?", "the cheapest course for managers", "der kürzeste Kurs": the cost or length of the
   * one(s) at that end.
   */
  order?: Order;
  /** "alles von der VHS außer Excel", "anything except leadership courses": the subject not wanted. */
  except?: SearchTerm[];
  /**
   * "Welcher ist günstiger, der Vergabekurs oder das Doppik-Seminar?", "which comes first, X or Y?": the two named,
   * the one at that end first.
   */
  compared?: Order;
  /** "Where" was asked together with a place candidate: a fact question after all when the place is none. */
  whereOrPlace?: boolean;
  /** "Findet die Datenschutzschulung im Rathaus statt?": a seminar named, asked whether it is held at a place. */
  placeOfIt?: boolean;
  /** Whether "time" orders the answer: a period was asked for, or "when". */
  timeQuestion: boolean;
  /**
   * Compounds typed with a generic part that the terms leave out ("Telefontraining" → telefon): the search counts the
   * whole word too, where a seminar has it.
   */
  compounds?: string[];
  language: 'de' | 'en';
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar in the display time zone

interface YMD {
  y: number;
  m: number;
  d: number;
}

// Creating an Intl.DateTimeFormat costs far more than using one: one of each kind per time zone.
const intlCache = new Map<string, Intl.DateTimeFormat>();
function intl(kind: 'ymd' | 'offset', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let f = intlCache.get(key);
  if (!f) {
    f =
      kind === 'ymd'
        ? new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
        : new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    intlCache.set(key, f);
  }
  return f;
}

function zonedYmd(instant: Date, timeZone: string): YMD {
  const p = intl('ymd', timeZone).formatToParts(instant);
  const get = (t: string) => Number(p.find((x) => x.type === t)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

function offsetMinutes(utcMs: number, timeZone: string): number {
  const name =
    intl('offset', timeZone)
      .formatToParts(new Date(utcMs))
      .find((x) => x.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  const min = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -min : min;
}

/** Midnight at the start of a calendar day in the zone, as an instant (month and day may overflow). */
export function zonedMidnight(y: number, m: number, d: number, timeZone: string): Date {
  const wall = Date.UTC(y, m - 1, d);
  let off = offsetMinutes(wall, timeZone);
  off = offsetMinutes(wall - off * 60_000, timeZone);
  return new Date(wall - off * 60_000);
}

const DAY = 86_400_000;
const weekday = ({ y, m, d }: YMD) => new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
/** The day of the week of an instant in the time zone, ISO numbering (1 = Monday … 7 = Sunday). */
export const isoWeekday = (instant: Date, timeZone: string) => weekday(zonedYmd(instant, timeZone)) || 7;

/** The calendar week or month after the one that holds `instant` (the last moment of a period, or now). */
export function periodFollowing(unit: 'week' | 'month', instant: Date, timeZone: string): NonNullable<Period> {
  const { y, m, d } = zonedYmd(instant, timeZone);
  if (unit === 'month')
    return { kind: 'month', from: zonedMidnight(y, m + 1, 1, timeZone), to: zonedMidnight(y, m + 2, 1, timeZone) };
  const monday = d - ((weekday({ y, m, d }) || 7) - 1) + 7;
  return { kind: 'week', from: zonedMidnight(y, m, monday, timeZone), to: zonedMidnight(y, m, monday + 7, timeZone) };
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

const MONTHS: [RegExp, number][] = [
  [/jan(?:uar|uary)?|jänner/, 1],
  [/feb(?:ruar|ruary)?/, 2],
  [/märz|maerz|march|mar/, 3],
  [/april|apr/, 4],
  [/mai|may/, 5],
  [/juni|june|jun/, 6],
  [/juli|july|jul/, 7],
  [/august|aug/, 8],
  [/september|sept?/, 9],
  [/oktober|october|okt|oct/, 10],
  [/november|nov/, 11],
  [/dezember|december|dez|dec/, 12],
];
const MONTH_WORDS =
  'januar|january|jänner|jan|februar|february|feb|märz|maerz|march|april|apr|mai|may|juni|june|juli|july|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|dezember|december|dez|dec';

/** The months written out, without "may": alone, they are a month only when they cannot be another word. */
const MONTH_NAMES =
  'januar|january|februar|february|märz|maerz|march|april|mai|juni|june|juli|july|august|september|oktober|october|november|dezember|december';

const WEEKDAYS =
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday';

const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  one: 1,
  a: 1,
  zwei: 2,
  two: 2,
  drei: 3,
  three: 3,
  vier: 4,
  four: 4,
  fünf: 5,
  fuenf: 5,
  five: 5,
  sechs: 6,
  six: 6,
  sieben: 7,
  seven: 7,
  acht: 8,
  eight: 8,
  neun: 9,
  nine: 9,
  zehn: 10,
  ten: 10,
  zwölf: 12,
  twelve: 12,
};

/** Words that carry no topic: question words, articles, pronouns, the generic names of an offering. */
const STOPWORDS = new Set(
  // German
  (
    'a ab aber alle allen aller alles als also am an andere über ueber betreffend es gibts gäbe hätte hätten interesse interessant möglichkeit möglichkeiten empfehlen empfiehlst empfehlung vorschlag vorschläge anderen angebot angebote angeboten anmelden anmeldung auch auf aus bei beim bin bis bitte ' +
    'bzw da dafür damit dann das dass dem den denen der des dessen dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem ' +
    'einen einer eines einige etwas euch euer fortbildung fortbildungen für gab geben gibt gibts gerne gern gesucht gut habe haben hallo hast hat hey hi ' +
    'hier ich ihr ihre ihnen im in infos information informationen interessiere interessiert irgendwas irgendwelche ist ja jemand jetzt kann kannst ' +
    'kein keine kennst könnte könnten kurs kurse kurses kursen lehrgang lehrgänge man mal mehr mich mir mit möchte möchten muss nach nicht noch nur ob ' +
    'oder ohne sagen schulung schulungen schon sehr sein seine seminar seminare seminaren seminars sich sie sind so solche soll sollte suche suchen ' +
    'thema themen themenbereich tipps um und uns unser unsere veranstaltung veranstaltungen vom von vor wann war was weiterbildung weiterbildungen welche ' +
    'welchem welchen welcher welches wenn wer werden wie wieder will wir wird wo woche workshop workshops würde würden zu zum zur zwar danke dank ' +
    'moin servus gerade derzeit aktuell aktuelle aktuellen demnächst bald nächste nächsten nächster kommende kommenden bezug bereich rund ' +
    'lernen zeigen kommt kommen finde brauche benötige gesucht interessieren weiterbilden fortbilden ansehen anschauen findet finden gehen geht läuft laufen stattfindet stattfinden statt teilnehmen teilnahme angeboten bieten bietet biete an passende passendes passt ' +
    'etwa eigentlich insbesondere speziell bitte liste übersicht alles gebe infos macht machen genau anderes anderer ' +
    // pronouns of a follow-up ("Und wo findet er statt?"), and the verbs of asking and needing
    'er ihn ihm sein seiner es mein meine meinen meiner meinem los passen passend kriegen kriege kriegt bräuchte bräuchten brauchen braucht ' +
    'benötigen benötigt gehe bezahlen zahlen bezahlt zahlt terminen tun wollen wollte können konnte müssen sollen dürfen lassen leute total dazu darüber hierzu programm dagegen ' +
    'kürzlich einführung einstieg funktionieren funktioniert nutzen job bekomme bekommen komme klar zurecht zeit zeitraum zeitraums zeitfenster steht stehen ansteht anstehen letzte letzten letzter letztes verbessern verbessert viel viele vielen immer öfter oft richtig wirklich ständig komische komisch sowas eher ziemlich manchmal häufig ' +
    'besuchen besucht belegen buchen gebucht habt fürs tipp irgendein irgendeine irgendeinen irgendetwas ganztägig ganztägige ganztags ansprechpartner ansprechpartnerin ansprechperson ' +
    // English
    'about after all an and another any anything everything coming upcoming planning citizens handling explain explains explained explaining are as at be by can could course courses do does for from get give have how i in info is it its me my of on or ' +
    'please seminar seminars session show some something tell that the there this to training trainings what when where which who will with would ' +
    'you your offer offers offered workshop workshops looking find want interested upcoming next related regarding topic topics class classes ' +
    'place need needs pay join home contact person still teach taught room close closes last ' +
    'hello hey thanks thank whats hows wheres whens only we re ve ll don didn doesn without taking so help helps making make makes our ours more us sign up attend attending sitting ' +
    'signing already meet meets event events lesson lessons ideally here guys folks ' +
    'keep keeps getting got gets asking asks weird strange odd dodgy happening happens happen just been became made people recommend recommendations suggest ' +
    // "kenn mich null aus": knowing nothing of it
    'kenn kenne werd wieviel wieviele nochmal nochmals gehalten kurz kurze kurzen kurzer kurzes klingt klingen spätestens schicken unseres unserem unseren unserer null auskennen mach machts art lern nem umzugehen lieber hinfahren hingehen hinkommen sem dabei aufs ans übers ok okay zusammen gemeinsam mitnehmen mitmachen zwei drei vier fünf nie niemals benutzt genutzt verwendet ' +
    // what the course is to prevent is what it is about ("Burnout vorbeugen")
    'vorbeugen vorbeugung verhindern vermeiden prevent preventing avoid avoiding ' +
    // the words of the facts asked for
    // the generic names of a series ("Und was kostet die Reihe?")
    'reihe seminarreihe kursreihe veranstaltungsreihe gegen wegen trotz stelle stellen stellt spaß spass sichern grad gerade ' +
    'gedacht geeignet geworden werde dauern einsatz geplant geplante geplanten vorgesehen planned scheduled ' +
    // what happened to the asker ("Bei uns im Amt kam gestern eine gefälschte Mail an")
    'gemacht gehört stimmt direkt irgendwo irgendwie irgendwann anywhere somewhere weniger los ruhiger amt dienststelle dienststellen arbeitgeber gestern vorgestern neulich kürzlich letztens yesterday recently urlaub zurück erst ' +
    // how much of it ("komplett online", "not good enough yet")
    'komplett vollständig ausschließlich rein whole enough yet isn fully entirely completely purely ' +
    // what the asker does or wants ("Ich leite …", "Wie mache ich …", "I'd like to learn how to use …")
    'künftig zukünftig she he her his him they them their now everyone aussuchen fragen klärt klären nächstem pro daran darin darauf vorher wissen mehrere mehreren seit jedes jeden klappt klappen leite halte halten erklärt erklären erklärst arbeite betreue darf dürfen mache machen macht lerne lernt richten richtet learn use using work like ' +
    // qualifiers without a subject of their own ("für angehende …", "eine passende Schulung", "ganz jungen")
    'passende passenden ganz angehende angehenden angehender künftige künftigen zukünftige zukünftigen ' +
    'referenten referentinnen dozenten dozentinnen trainerinnen trainers ' +
    // what a course is meant for ("Which seminars are meant for me?")
    'meant intended suitable designed aimed did trägt covers ' +
    'fängt anfangen anfängt fangen kost ungefähr rum melden früh early schön euro euros eur sachen dinge things stuff überhaupt nämlich mitkommen too late kostenpflichtig prefer going liegt pays worden eingeteilt geboten deal dealing einmal stück sitze allein alleine weg höchstens mindestens jungs mädels umfasst umfassen mitteilen mitzuteilen uhrzeiten möglich übersicht aufstellung fallen anfallen hierfür hierzu hierüber offen costing vorbei ' +
    // what the asker says before a follow-up ("Super, und was kostet das?", "Great, is it online?"), and the
    // subjunctive of asking ("Bis wann müsste ich mich anmelden?")
    'super great perfekt prima wunderbar müsste müssten früher zuerst earlier sooner beide beiden both davon schade ach übrigens beginnen übernimmt jeweils schluss end finish endet enden keiner weiß worum come frühaufsteher frühaufsteherin erkundigen erkundige leuft erstmal kostetn part ausgelegt spät anzumelden keeping gehn gekostet günstiger billiger preiswerter teurer cheaper pricier dearer kürzer shorter comes trifft treffen ' +
    // asking for the whole card ("Details zum Seminar über …"), practising ("Herzdruckmassage üben")
    'details detail zeig zeige erzähl erzähle erzählen erzählt üben wären dritt zweit viert genug spontan dazukommen dazustoßen empfohlen empfehlen empfiehlt recommended ' +
    // adverbs of a story ("notfalls eintreiben"), a plan of one's own ("ich plane meinen Januar"), "that one" of a
    // follow-up
    'notfalls gegebenenfalls plane one ins jeder endlich umgeht umgehen bit actually besser spot verstehen unseren unserem ' +
    // spoken forms ("gibt's da ne Schulung", "ich hock den ganzen Tag", "ich such was")
    'ne nen tut weh einfach gehts läufts klappts hock hocke hab ganzen such länger denn anbietet anbieten meint meinte sagt hilft helfen hilfreich schult schulen verlangt verlangen hin mached au ma stunden hours insgesamt overall altogether until wurde ernannt danach später spätere späteren späterer späteres later ' +
    'kostet kosten kostenpunkt gebühr gebühren teilnahmegebühr eigenanteil preis teuer dauert dauer lange lang leitet hält unterrichtet referent referentin ' +
    'dozent dozentin trainer trainerin leitung beginnt beginn startet uhrzeit uhr anmeldeschluss anmeldeschlus frist anmeldefrist anmeldfrist anmeldschluss plätze platz frei freie ' +
    'ausgebucht warteliste ort findet statt termin termine datum tag tage tagen stattfinden wohin adresse veranstaltungsort ' +
    'cost costs price fee fees first short quick sounds ones till moving long take takes start starts begin begins held located location venue address teaches leads run runs running over teaching presenting date dates session sessions ' +
    'time seats places spots left available full booked giving waitlist waiting voll free deadline register registration much many days day duration teacher instructor speaker exactly exact other else because every then per wants wanted send sending two three boss has had off asked put together overview sonst fand fanden kämen käme eigene eigenen eigener eigenes langen fragt fragte leading gründlich gründliche gründlicher vertiefen nichts ewig besten'
  ).split(/\s+/),
);

// ---------------------------------------------------------------------------------------------------------------
// Intents

const MY_REGISTRATIONS =
  /\b((?:bin|ist)\s+ich\s+(?:\S+\s+){0,5}?(?:angemeldet|registriert|eingetragen|gebucht)|(?:welche|was)\s+(?:\S+\s+)?(?:habe|hab)\s+ich\s+(?:\S+\s+)?(?:gebucht|belegt)|für\s+was\s+bin\s+ich\s+(?:\S+\s+)?(?:angemeldet|eingetragen)|what\s+am\s+i\s+(?:signed\s+up|registered|booked|enrolled)(?:\s+(?:for|on|in))?|am\s+i\s+(?:signed\s+up|registered|booked|enrolled)|my\s+(?:sign-?ups|enrollments)|meine\s+anmeldungen|meine\s+buchungen|wo\s+bin\s+ich\s+(?:\S+\s+){0,3}?angemeldet|(für\s+welche\s+(seminare|kurse|schulungen)|wofür)\s+(bin|habe)\s+ich\s+(mich\s+)?(eigentlich\s+|schon\s+|überhaupt\s+)?(angemeldet|registriert|gebucht)|für\s+welche\s+(seminare|kurse)\s+bin\s+ich|(?:für\s+welche\s+(?:seminare|kurse|schulungen|fortbildungen|veranstaltungen)|wofür|wo)\s+ich\s+(?:mich\s+)?(?:\S+\s+){0,2}?(?:angemeldet|registriert|gebucht|eingetragen)\s+(?:bin|habe)|my\s+registrations|what\s+am\s+i\s+registered|my\s+(seminars|courses|bookings)|(?:which|what)\s+(?:\S+\s+)?(?:have|did)\s+i\s+(?:already\s+)?(?:booked?|sign(?:ed)?\s+up\s+(?:for|to)|register(?:ed)?\s+(?:for|to))(?!\s+(?:the|a|an|this|that)\b))\b/i;
const GREETING_WORDS =
  'hallo|hallöchen|salü|glück\\s+auf|gu+d+e|hi|hey|hello|servus|moin(?:\\s+moin)?|gudde|tach|grüß\\s+gott|grüss\\s+gott|grüezi|guten\\s+(?:morgen|tag|abend)|good\\s+(?:morning|afternoon|evening)';
/** Thanks and goodbyes: nothing to search for, nothing to explain. */
const THANKS =
  /^\W*(?:(?:ok(?:ay)?|super|prima|toll|klasse|perfekt|alles\s+klar|great|cool)[\s,!.]*)?(?:danke(?:\s+schön|\s+sehr|\s+dir|\s+ihnen)?|dankeschön|vielen\s+dank|merci|thanks(?:\s+a\s+lot)?|thank\s+you(?:\s+very\s+much)?|thx|tschüss?|ciao|bye|auf\s+wiedersehen|bis\s+(?:bald|später|dann)|schönen\s+tag(?:\s+noch)?|goodbye)(?:[\s,!.]+(?:tschüss?|ciao|bye|bis\s+bald|passt(?:\s+schon)?|alles\s+klar|super|perfekt|prima|top))?\W*$/i;

/**
 * Thanks with a word of praise around it ("Vielen Dank für Ihre Hilfe!", "Thank you, that was very helpful!"): a thanks
 * at the start, and nothing after it but courtesy — so "Danke, und wo ist der Kurs?" stays a question.
 */
const THANKS_START =
  /^\W*(?:(?:ok(?:ay)?|super|prima|toll|klasse|perfekt|wunderbar|alles\s+klar|great|cool|ah|oh)[\s,!.]+)*(?:danke(?:schön)?|(?:vielen|herzlichen|besten|tausend|lieben)\s+dank|merci|thanks|thank\s+you|thx|cheers)\b/i;
const COURTESY_WORDS = new Set(
  (
    'für ihre deine eure die den das hilfe auskunft auskünfte info infos information informationen antwort antworten ' +
    'unterstützung mühe tipp tipps war hat ist mir uns sehr wirklich echt super toll prima klasse perfekt hilfreich ' +
    'geholfen weitergeholfen hilft schön schönen tag wochenende noch gleichfalls vielmals nochmal nochmals auch so schon ' +
    'wunderbar spitze genial klasse ah oh great awesome wonderful excellent brilliant lovely perfect helps helped ' +
    'weiter schnelle schnell ausführliche nette freundliche prompte quick fast detailed kind ' +
    'ok okay alles klar tschüss tschüs bye ciao bis bald später dann grüße gruß viele liebe lg mfg ' +
    // "bis nächste Woche", "see you next week"
    'nächste nächsten woche montag morgen see you next week einen ein wünsche ihnen ' +
    'for your the help helpful helping that was is it very really so much a lot again great info information answer ' +
    'answers have nice day weekend good bye cheers regards best you too of all this'
  ).split(' '),
);
/** …or at the end ("Super, das hilft mir sehr – vielen Dank!"). */
const THANKS_END =
  /(?:danke(?:\s+schön|\s+sehr)?|dankeschön|(?:vielen|herzlichen|besten|tausend|lieben)\s+dank|merci|thanks(?:\s+a\s+lot)?|thank\s+you(?:\s+(?:very\s+much|so\s+much))?|thx|cheers)\W*$/i;
function isThanks(text: string): boolean {
  if (THANKS.test(text)) return true;
  if (text.includes('?')) return false;
  const start = THANKS_START.exec(text);
  const end = start ? null : THANKS_END.exec(text);
  if (!start && !end) return false;
  const rest = (start ? text.slice(start[0].length) : text.slice(0, end!.index)).toLowerCase().match(/\p{L}+/gu) ?? [];
  return rest.every((w) => COURTESY_WORDS.has(w));
}

/** Questions to the bot about itself, in "du", "Sie" and English ("Wobei können Sie mir helfen?"). */
const ABOUT_BOT_PHRASES =
  'was\\s+(?:kannst\\s+du|können\\s+sie)(?:\\s+(?:alles|so|denn|eigentlich|mir|für\\s+mich))*(?:\\s+(?:tun|machen))?|' +
  '(?:wobei|womit|wie)\\s+(?:kannst\\s+du|können\\s+sie)(?:\\s+(?:mir|mich|denn|eigentlich|alles))*\\s+(?:helfen|unterstützen)|' +
  'was\\s+kann\\s+ich\\s+(?:dich|sie|euch)(?:\\s+(?:alles|so|denn|eigentlich|hier))*\\s+fragen|' +
  'what\\s+(?:kind\\s+of\\s+|sort\\s+of\\s+)?(?:questions\\s+|things\\s+)?can\\s+i\\s+ask(?:\\s+you)?|' +
  'what\\s+can\\s+you\\s+(?:do|help\\s+(?:me\\s+)?with)(?:\\s+for\\s+me)?|how\\s+can\\s+you\\s+help(?:\\s+me)?';
/** What one can ask the bot, after an introduction ("Ich bin neu hier … Was kann ich dich alles fragen?"). */
const ABOUT_BOT = new RegExp(`^\\W*(?:${ABOUT_BOT_PHRASES})\\W*$`, 'i');
/** Help, also for a bare greeting ("Hallo!"): nothing to search for, so say what the bot can do. */
const HELP = new RegExp(
  `^\\W*(?:(?:${GREETING_WORDS})(?:\\s+(?:there|zusammen|miteinander|allerseits|all|everyone|team|erstmal|erst\\s+mal))?\\W*)*(?:(?:ich\\s+bin\\s+neu(?:\\s+hier)?|i'?m\\s+new(?:\\s+here)?|i\\s+am\\s+new(?:\\s+here)?)\\W+)?(?:hilfe|help|${ABOUT_BOT_PHRASES}|was\\s+(?:machst\\s+du|machen\\s+sie)|wie\\s+funktionierst\\s+du|wie\\s+funktioniert\\s+das(?:\\s+(?:hier|eigentlich|genau|mit\\s+dir))*|(?:kannst\\s+du|können\\s+sie|könnten\\s+sie)\\s+mir\\s+(?:bitte\\s+)?helfen|(?:can|could)\\s+you\\s+help(?:\\s+me)?|what\\s+do\\s+you\\s+do|how\\s+does\\s+(?:this|the|this\\s+bot|the\\s+bot|it)\\s+work|wie\\s+funktioniert\\s+(?:der|dieser)\\s+bot|help\\s+me|was\\s+kann\\s+(?:der|dieser)\\s+bot(?:\\s+alles)?|wie\\s+(?:melde|kann)\\s+ich\\s+mich\\s+(?:an|ab|anmelden|abmelden)|wie\\s+funktioniert\\s+die\\s+(?:an|ab)meldung|how\\s+(?:do|can)\\s+i\\s+(?:register|sign\\s+up|cancel|unregister))?\\W*$`,
  'i',
);

/** Telling of oneself and the bot before asking what it does. */
// ("… habe gehört, dass man dich nach Fortbildungen fragen kann. Wie funktioniert das?")
const BOT_INTRO = /\b(?:bot|chatbot|zum\s+ersten\s+mal|first\s+time|neu\s+hier|new\s+here|man\s+dich|ask\s+you)\b/i;
/** "ich probiere das hier zum ersten Mal aus", "a colleague told me to try this bot": no question yet, so say what it can do. */
const TRYING_OUT =
  /^[^?]*\b(?:(?:probiere|teste)\s+(?:das|dich|den\s+bot|diesen\s+bot)\b[^?]*\baus|try(?:ing)?\s+(?:out\s+)?(?:this|the|you)\b(?:\s+(?:bot|chat|out))?)\W*$/i;

/** "Is it in English?", "Ist der Vergabekurs auf Englisch?": asked of one seminar, not for a list ("Is any …"). */
const LANGUAGE_OF_IT =
  /^\W*(?:(?:und|and)\s+)?(?:(?:ist|is|findet|wird|läuft)\s+(?:es|it|das|der|die|er|sie|that|this|the)\b|(?:wird|is)\s+(?!(?:there|es|any\w*|some\w*|irgend\w*)\b)[^?]*\b(?:gehalten|held|taught|unterrichtet)\b)/i;
/**
 * "Findet die Datenschutzschulung im Rathaus statt?", "Is it here in Magdeburg?": whether one seminar (the one named,
 * or the one talked about) is held at a place.
 */
const PLACE_OF_IT =
  /^\W*(?:(?:und|and)\s+)?(?:findet|ist|is|läuft|does)\s+(?:der|die|das|es|er|sie|it|that|this|the)\b(?!\s+(?:irgend|any|some)\w*)[^?]*\b(?:in|im|at|am)\s/i;
/** "Gibt es …", "is there anything …": a yes/no question that asks for a list, not about one seminar. */
// ("Can I do any of the February courses from home?": which of them, a list)
const LISTING_START =
  /^\s*(gibt|are\s+there|is\s+there|is\s+(?:any|some)thing|ist\s+(?:irgend)?(?:was|etwas))|\bany\s+of\s+(?:the|these|those|your)\s+(?:\S+\s+){0,2}?(?:courses|seminars|trainings|sessions|workshops|classes)\b|\b(?:eine[ns]?|einige|irgendeine[ns]?)\s+(?:der|von\s+den)\s+(?:\S+\s+){0,2}?(?:kurse|seminare|schulungen|fortbildungen|veranstaltungen)\b/i;

const FACT_PATTERNS: [FactKind, RegExp][] = [
  [
    'language',
    /\b(?:in\s+welcher\s+sprache|welche\s+sprache|(?:in\s+)?what\s+language|which\s+language|(?:auf|in)\s+deutsch\s+oder\s+(?:auf\s+|in\s+)?englisch|(?:auf|in)\s+englisch\s+oder\s+(?:auf\s+|in\s+)?deutsch|in\s+german\s+or\s+(?:in\s+)?english|in\s+english\s+or\s+(?:in\s+)?german)\b/i,
  ],
  [
    'cost',
    /\b(kostet|(?<=\b(?:was|wie\s*viel)\s+(?:\S+\s+){0,3}?)verlang(?:t|en)|verlang(?:t|en)(?=\s+(?:ihr|sie)\b)|kost(?=\s+(?:des|das|der|die|er|sie|es)\b)|kos+te?t+n?|gekostet|(?<!-)kosten|kostenpunkt|(?<!-)gebühr|(?<!-|\b(?:zu|zum|zur|über|ueber|ihre|seine|deren)\s(?:den\s)?)gebühren|teilnahmegebühr|eigenanteil|(?<!-)preis|teuer|wie\s*viel\s+(muss|zahl)|(?<!\bnicht\s)(be)?zahlen|(?<!\bnicht\s)(be)?zahlt|kostenpflichtig|cost|costs|price|fee|fees|how\s+much|expensive|pays|pay(?!\s+(?:grades?|scales?|groups?|bands?|levels?|rates?)))\b/i,
  ],
  [
    'startTime',
    /\b(wann\s+geht(?:s|'s)?\s+(?:\S+\s+){0,3}?los|(?:um|ab)\s+wie\s*viel\s+uhr|welche[nm]?\s+uhrzeit(?:en)?|uhrzeit(?:en)?|wann\s+(?:genau\s+)?(beginnt|startet|fängt)|wie\s+früh|how\s+early|beginnt|beginn|anfang\s+um|what\s+time|start\s+time|starts?\s+at|when\s+does\s+it\s+start|when\s+does\s+.*\bstart|begin(s)?)\b/i,
  ],
  [
    'deadline',
    /\b(anmeld\w*\s+bis(?=\W*$)|noch\s+(?:eine\s+)?chance|registration\s+(?:still\s+)?open|still\s+open\s+for\s+registration|anmeldung\s+(?:noch\s+)?(?:offen|möglich)|läuft\s+(?:die\s+)?anmeldung|anmeldung\s+(?:\S+\s+){0,2}?läuft|anmelde?schlu(?:ss|s|ß)|anmelde?frist|bis\s+wann\s+(kann|muss|könnte)|bis\s+wann\s+.*anmeld\w*|anmeld\w*\b.*\bbis\s+wann\s+(?:ist|wäre|geht|klappt)\s+(?:das|es|dies)\b|anmeld\w*\s+(?:\S+\s+)?bis\s+wann|noch\s+(?:\S+\s+){0,6}?(an)?melden|noch\s+buchen|(?:kann|könnte|darf)\s+(?:ich|man|wir)\s+(?:da\s+|dort\s+|dabei\s+)?(?:auch\s+)?noch\s+(?:mitmachen|teilnehmen|dabei\s+sein|einsteigen|mit\s+rein)|frist|deadline|register\s+by|sign\s+up\s+by|until\s+when|when\s+(?:do|must|should|can|have)\s+(?:i|we|you)\s+(?:\S+\s+){0,3}?(?:register|sign\s+up|book|enrol+)|last\s+day\s+to\s+register|registration\s+(?:\S+\s+){0,5}?(?:close|closes|end|ends)|still\s+(register|sign\s+up|book)|too\s+late\s+to\s+(?:register|sign\s+up|book|enrol+)|(?:bis\s+)?wann\s+(?:muss|sollte|soll|kann)\s+(?:ich|man|wir)\s+(?:\S+\s+){0,2}?bescheid\s+(?:geben|sagen)|zu\s+spät\s+(?:für\s+die|zur|zum)\s+anmeld\w*|zu\s+spät\b[^?]{0,30}?\ban(?:zu)?melden)\b/i,
  ],
  // "What can I do when citizens get aggressive?": a "when" after what one does is no question of the date.
  [
    'when',
    /\b(^\W*findet\s+(?:der|die|das|„|")[^?]{2,120}\snoch\s+statt\b|wann|wie\s+oft|(?:what\s+time|when)\s+does\s+(?:\S+\s+){0,5}?(?:end|finish)|(?:wann\s+ist|bis\s+wann\s+geht)\s+(?:\S+\s+){0,3}?schluss|how\s+often|wie\s*viele\s+(?:abende|termine|sitzungen|male)|how\s+many\s+(?:evenings|sessions|dates|times)|which\s+(?:evenings|mornings|afternoons)|termin|termine|terminen|datum|welche[rn]?\s+tag|an\s+welchem\s+wochentag|an\s+welche[mn]\s+tag(en)?|(?<!\b(?:do|react|respond|cope|behave|act|handle\s+it|deal\s+with\s+it)\s+)when|what\s+date|which\s+days?|which\s+dates|dates?|what(?:'s|\s+is|\s+are)\s+the\s+sc?hed[a-z]*)\b/i,
  ],
  [
    'where',
    /\b(wo(?!\s+man\b)|wohin(?!\s+(?:\S+\s+){0,4}?(?:schicken|senden|schick|wenden)\b)|(?:in\s+)?welche[mn]?\s+(?:raum|saal|gebäude|rathaus|haus|ort|stadt|gemeinde)|raum|which\s+room|what\s+room|(?<!vor\s|außerhalb\s(?:vom|des)\s)ort|veranstaltungsort|adresse|where|location|venue|address|(?<!(?:take|takes|taking|took)\s)place(?!s?\s+(?:are\s+|still\s+)*(left|available|free)))\b/i,
  ],
  [
    'trainer',
    /\b(wer\s+(?:von\s+(?:der|dem|den)\s+\S+\s+)?(leitet|hält|unterrichtet|machts?|moderiert|führt|gibt|referiert|spricht)|wer\s+von\s+(?:der|dem|den)\s+\S+\s+ist\s+(?:\S+\s+){0,3}?zuständig|wer\s+(?:das|den|die)\s+(?:\S+\s+){1,5}?(?:leitet|hält|unterrichtet|moderiert)(?=\s*[.?!,]|\s*$)|who\s+(?:are|is)\s+the\s+(?:trainers?|teachers?|instructors?|speakers?|presenters?)|ansprechpartner(in)?|ansprechperson|contact\s+person|referent(in)?|referenten|dozent(in)?|trainer(in)?|leitung|who\s+(teaches|leads|runs|gives|is\s+the\s+(trainer|teacher|instructor|speaker))|who(\s+is|'s|\s+will\s+be)\s+(run+ing|leading|teaching|giving|presenting)|who\s+will\s+(run|lead|teach|give|present)|instructor|teacher|speaker)\b/i,
  ],
  [
    'duration',
    /\b(wie\s+lange?|dauer|dauert|ganztägig|ganztags|den\s+ganzen\s+tag|(?<!(?:sitting|working|sit|work|stare|staring)\b[^?.!]{0,30})(?:all|full)\s+day|wie\s*viele\s+(?:tage|stunden)|how\s+long|duration|how\s+many\s+(?:days|hours)|last)\b/i,
  ],
  [
    'seats',
    /\b(pl(ä|ae)tze|platz\s+frei|noch\s+platz|frei(e|er)?\s+pl|ausgebucht|voll(?=\s*(?:$|[?.!,;]|oder\b|und\b))|warteliste|seats?|places?\s+(?:are\s+|still\s+)*(left|available|free)|(?:still|any)\s+(?:free\s+)?places?|(?:still\s+|any\s+)?room\s+(?:in|for|left)|(?<!\b(?:to|i|we|you|can|could|how)\s+)spots?|fully\s+booked|booked\s+(?:up|out)|sold\s+out|is\s+it\s+full|waitlist|waiting\s+list|how\s+many\s+(?:people|participants|places|spots)|(?:für\s+)?wie\s*viele\s+(?:teilnehmer\w*|personen|leute)\s+(?:ist|sind|gibt|passen|können|dürfen|hat))\b/i,
  ],
];

const DETAILS =
  /\b(details?|mehr\s+(infos?|informationen)\s+(zu|zum|zur|über)|zeig(?:e|en)?\s+(?:sie\s+)?(?:mir\s+|uns\s+)?mehr\s+(?:dazu|davon|darüber|zu|zum|zur|über)|show\s+me\s+more\s+(?:about|on|of)|erzähl(en)?\s+(sie\s+)?(mir\s+)?(mehr\s+)?(von|über|darüber|davon|dazu)|mehr\s+(?:von|über)\s+.{3,120}\s+erzählen|infos?\s+(zu|zum|zur|über)|worum\s+geht\s+es|was\s+lernt\s+man|inhalt|inhalte|tell\s+me\s+(more\s+)?about|what\s+is\s+.*\babout|more\s+(info|information)\s+(on|about))\b/i;

/** "Was ist „Die Maschine formuliert, Sie entscheiden“?": what the seminar of that name is about. */
const WHAT_IS_QUOTED = /^\W*(?:was\s+ist|what\s+is|what['’]s)\s+[„“"»‚‘]/i;

/** "der nächste Excel-Kurs", "the next Excel course" (not "nächste Woche", which is a period). */
const NEXT_ONE =
  /\b(nächste[nrs]?|next)\s+(?!(?:woche|monat|jahr|quartal|tage|wochen|monate|week|month|year|quarter|days|weeks|months)\b)\S+/i;

/**
 * "Und das zur E-Rechnung?", "And the one on Excel?": the same question about another seminar. Also elliptical, without
 * a question word of its own: "Und Modul 2?", "Und zu Word?".
 */
/** "Und danach?", "Gibt es einen späteren Termin?", "Is there a later date?": after the seminars just shown. */
const LATER =
  /^\s*(?:und\s+)?danach\s*\??\s*$|^\s*(?:and\s+)?after\s+that\s*\??\s*$|späteren?\s+(?:termin|kurs|seminar|durchgang|datum)|(?:gibt\s+es|gibt's|gibts)\s+(?:\S+\s+){0,2}?(?:was|etwas|einen?)\s+später|\blater\s+(?:date|one|session|course|seminar)|\banything\s+later\b/i;
/** "Und die Woche danach?", "and the following month?": the week or month after the one just asked about. */
const FOLLOWING_PERIOD =
  /^\W*(?:(?:und|and)\s+)?(?:(?:in\s+|im\s+)?(?:der|die|dem|den|the)\s+)?(?:(woche|week|monat|month)\s+(?:danach|darauf|drauf|after(?:\s+that)?)|(?:following|folgende[nm]?)\s+(woche|week|monat|month))\W*$/i;
/** Some of the seminars just shown ("Welche davon sind online?", "Which of them are free?"). */
// ("welches ist abends?": which of them, with no noun of its own)
const OF_THEM =
  /^\W*(?:(?:und|and)\s+)?(?:(?:welche[rsnm]?|was)\s+(?:davon|von\s+(?:denen|ihnen|diesen))|welche[rsnm]?(?=\s+(?:ist|sind|findet|finden|läuft|laufen)\s+(?!(?:das|der|die|den|dem|ein|eine)\s))|(?:which|what)\s+(?:ones?\s+)?of\s+(?:them|these|those)|which\s+ones?(?=\s+(?:is|are|can|could|should|would|do|does)\b)|(?:(?:are|is)\s+)?any\s+of\s+(?:them|these|those)|gibt\s+es\s+davon\s+welche|(?:(?:just|only)\s+)?the\s+(?:\p{L}+\s+){1,2}ones\b|nur\s+die\s+(?:\p{L}+\s+)?(?:davon|(?=\p{L}+en\s*[?.!]?\s*$))|davon\s+(?:nur|bloß|noch)\b|of\s+(?:them|these|those)\s+only)\b/iu;
const CONTINUES =
  /^\s*(?:(?:what|how)\s+about\s+the\b|was\s+ist\s+mit\s+(?:dem|der|den)\b)|^\s*(und|and)\s+(das|der|die|dem|den|was\s+ist\s+mit|wie\s+ist\s+es\s+mit|wie\s+sieht\s+es\s+mit|the\s+one|what\s+about|how\s+about\b|(?![^?]*\b(?:was|wann|wo|wie|welche\w*|wer|gibt|gibts|habt|what|when|where|which|who|how|is|are|any)\b)[^?.!]{1,40}[?.!]?\s*$)/i;

/** "Gibt es auch was online?", "Is there also something online?": the search before, with this filter too. */
const ALSO =
  /^\W*(?:und\s+|and\s+)?(?:gibt\s+es|gibts|gibt's|habt\s+ihr|haben\s+sie|is\s+there|are\s+there)\s+(?:da\s+|denn\s+)?(?:auch|also)\b/i;

/** Asking whether one has to travel to a seminar ("…, oder muss ich nach Oberndorf fahren?"): its format. */
const MUST_TRAVEL =
  /(?:^|[.!?,–—]\s*|\b(?:oder|or)\s+)(?:(?:und|and)\s+)?(?:(?:muss|müsste|müssen)\s+(?:ich|man|wir)\s+(?:(?:da|dort|dafür|dazu|extra|wirklich|nach\s+\p{L}+|an\s+den\s+\p{L}+|für\s+(?:den|die|das)\s+(?:[\p{L}-]+\s+){1,3}?)\s*){0,2}(?:irgendwo(?:hin)?\s+)?(?:hinfahren|fahren|hinkommen|anreisen|vor\s+ort\s+sein|(?:ins|in\s+das|zum|zur)\s+(?:\p{L}+e\s+)?(?:büro|rathaus|landratsamt|amt|kreishaus))|(?:do|would)\s+(?:i|we)\s+(?:have|need)\s+to\s+(?:travel|go|come)\s+(?:there|somewhere|in|(?:in)?to\s+(?:the\s+|an\s+)?(?:office|town\s+hall|venue|site|building)(?=\s+for\s+(?:it|this|that)\b)))\b(?=[^.!?]*\?)/iu;

/** "nur online", "only in July": the search before, narrowed to that. */
// ("not on Fridays please", "aber nicht online": the list just shown, without some)
const NARROWED = /^\W*(?:(?:und|and)\s+)?(?:nur|bloß|only|just|(?:(?:aber|but)\s+)?(?:nicht|not)(?=\s))\b/i;

/** Greetings and "kurze Frage:" before the question, which say nothing about it. */
const PREAMBLE = new RegExp(
  `^\\W*(?:(?:${GREETING_WORDS})(?:\\s+(?:zusammen|miteinander|allerseits|team|all|everyone))?\\W+)*(?:(?:eine|kurze|noch\\s+eine|kleine)\\s+frage|frage|quick\\s+question|question)\\s*[:,–-]\\s*`,
  'i',
);
const GREETING_ONLY = new RegExp(
  `^\\W*(?:${GREETING_WORDS})(?:\\s+(?:zusammen|miteinander|allerseits|team|all|everyone))?\\W+`,
  'i',
);

/** The sentence that asks, without what comes before it: "Ich bin neu im Bauamt. Was kostet …?" → "Was kostet …?". */
function askedPart(text: string): string {
  // A sentence ends after a word of four letters or more, or a short one before a capital ("… zu teuer ist. Gibt es …",
  // "… until the end of May. What …"), not after an abbreviation ("bzw. Word", "Dr. Lange").
  const sentences = text
    .split(
      /(?<=[!?]|\p{L}{4}\.)\s+|(?<=(?<![\p{L}.])(?!(?:bzw|usw|ggf|evtl|inkl|vgl|ca|etc|ua|zb|dh)\.)\p{Ll}{2,3}\.)\s+(?=\p{Lu})|(?<=(?<![\p{L}.])(?!(?:Str|Abs|Art|Nr|Dr|Hr|Fr|Mo|Di|Mi|Do|Sa|So|Tel|Bsp|Mrs|Mr|Ms|St|Jan|Feb|Apr|Aug|Sep|Okt|Oct|Nov|Dez|Dec)\.)\p{Lu}\p{Ll}{1,2}\.)\s+(?=\p{Lu})/u,
    )
    .filter(Boolean);
  const question = [...sentences].reverse().find((x) => x.includes('?')) ?? sentences[sentences.length - 1] ?? text;
  return question.replace(PREAMBLE, '').replace(GREETING_ONLY, '');
}

/**
 * The clause that asks, when a story comes before it: "Mein Postfach quillt über – habt ihr was zum Zeitmanagement?"
 * → "habt ihr was zum Zeitmanagement?". Null when the question is one clause.
 */
function askingClause(text: string): string | null {
  // Two questions in one message ("Was kostet das? Ist die Übernachtung mit drin?"): no story to tell apart.
  if ((text.match(/\?/g) ?? []).length > 1) return null;
  // (", ich suche …": a new main clause, after a story told in the one before)
  const clauses = askedPart(text)
    .split(/\s+[–—-]\s+|;\s+|,\s+(?=(?:ich|wir|i|we)\s+\p{L})/iu)
    // (and after a colon before a question word, when a story of its own comes before it: "… ob das jemand aus der
    // Praxis ist: Wer leitet …?", not "Meine Abteilungsleiterin will wissen: Was kostet …?")
    .flatMap((x) => {
      const colon = /:\s+(?=(?:wer|was|wann|wo|wie|welche\p{L}*|gibt|who|what|when|where|which|how)\b)/iu.exec(x);
      return colon && x.slice(0, colon.index).split(/\s+/).length >= 8
        ? [x.slice(0, colon.index), x.slice(colon.index + colon[0].length)]
        : [x];
    })
    .filter((x) => /\p{L}/u.test(x));
  // "… was das Seminar kostet – können Sie mir das sagen?": the question is the one before.
  if (clauses.length > 1 && TELL_ME.test(clauses[clauses.length - 1])) clauses.pop();
  const asking = [...clauses].reverse().find((x) => x.includes('?')) ?? clauses[clauses.length - 1];
  return asking && asking.trim() !== text.trim() ? asking : null;
}

const TELL_ME =
  /^\W*(?:können|könnten|kannst|könntest)\s+(?:sie|du)\s+(?:mir\s+)?(?:das|es)\s+(?:bitte\s+)?sagen|^\W*(?:can|could)\s+you\s+tell\s+me\W*$/i;
/** "What courses does it offer?", "Welche Kurse bietet sie an?": asking what someone named before offers ("Bieten Sie …" asks the bot). */
const OFFERS_IT =
  /\b(?:(?:does|do|did|can)\s+(?:it|they|she|he)\s+(?:offer|run|provide|teach|give)|(?:bietet|veranstaltet)\s+(?:sie|er|die|der|diese|dieser)\b|(?:bieten|veranstalten)\s+(?:die|diese)\b|(?:hat\s+(?:sie|er|die|der|diese|dieser)|haben\s+(?:die|diese))\s+(?:\S+\s+){0,3}?im\s+(?:angebot|programm))/i;
/** The kind of offering asked for ("gibt es dafür eine Ausbildung?"), which names no subject of its own. */
const OFFERING_KIND = /^ausbildung$/;
/** "Gibt's da noch freie Plätze?", "gibt es dazu was?": pointing at the seminar of the conversation or at the story. */
const POINTS_BACK =
  /\b(wie\s+(?:wir|ich|man)\s+(?:die|diese|das|sie|damit)(?=\s+[a-zäöüß]+\s*[?.!]?\s*$)|da|dort|dafür|dabei(?!\s+sein)|dazu|davon|darüber|darum|hierfür|hierzu|hierüber|solche[nmrs]?\s+(?:anfragen|fälle[n]?|situationen|anträge[n]?)|such\s+(?:requests?|cases?|situations?|enquiries|inquiries)|in\s+it|for\s+it|(?:for|in|is|about)\s+(?:that|this)\s+one|another\s+one|one\s+again)\b/i;

/**
 * The segments of a story that name a time. Such a time is told of, not wished for, in a clause of reason or report
 * ("weil …", "dass …"), since then ("seit …"), or in the perfect ("habe … übernommen", "hat … gesperrt": TOLD).
 */
const timedSegments = (story: string, now: Date, timeZone: string) =>
  story
    // (not at the dot of a date: "Ich habe zum 1. März die Leitung … übernommen")
    .split(/(?<!\b\d{1,2})[.!?;,:–—]+|\s-\s/)
    .filter((segment) => /\p{L}/u.test(segment) && parseQuestion(segment, now, timeZone).filters.period);
/**
 * The time of a change in the asker's work ("Ich wechsle im Mai in die Kämmerei") or of what someone plans for it
 * ("Meine Chefin will ab Februar alle Besprechungen per Videokonferenz machen"), not of a training.
 */
const storyEvent = (segment: string) => STORY_EVENT.test(segment) && !TRAINING_WORD.test(segment);
const STORY_EVENT =
  /\b(?:wechsle|wechseln|übernehme|übernehmen|fange|anfangen|beginne|ziehe|umziehen|(?:gehe|geht)\s+(?:\p{L}+\s+)*in\s+(?:rente|pension|elternzeit)|i['’]m\s+(?:moving|switching|starting|taking\s+over)|i(?:['’]ll|\s+will)\s+be\s+(?:taking|starting|moving|switching|working)|i\s+(?:move|switch|start|take\s+over)|(?:muss|müssen)\s+(?:ich\s+|wir\s+)?(?:\p{L}+\s+){1,8}?(?:reden|sprechen|vortragen|präsentieren|moderieren|halten|vorstellen)|(?:will|wollen|plant|planen|möchte|möchten)\s+(?:\p{L}+\s+){1,12}?(?:machen|umstellen|einführen|abhalten|durchführen|nutzen|starten|abschaffen|digitalisieren)|(?:wants|plans)\s+to\s+(?:\p{L}+\s+)?(?:hold|move|switch|introduce|run|start|use))\b/iu;
/** The time of a story is when the asker wants something ("ich suche für nächste Woche …", "I need it by May"). */
const WANTED =
  /\b(?:suche|suchen|brauche|brauchen|möchte|möchten|hätte|hätten|würde|würden|zeit|frei|free|available|need|needs|looking|would\s+like|want|wants)\b/i;
const TRAINING_WORD = /\b(?:fortbildung|weiterbildung|seminar|kurs|schulung|training|course|lehrgang)\p{L}*/iu;
const TOLD = new RegExp(
  `^\\s*(?:weil|dass(?!\\s+(?:ich|wir)\\b)|nachdem|als|seitdem|because|since|after)\\b|\\b(?:seit|since)\\b|\\bnach\\s+(?:dem|der)\\s+\\p{L}+\\s+(?:im|am|vom|vor)\\b|` +
    `\\bworden\\b|\\b(?:kollegin|kollege|kollegen|colleague)\\b|` +
    // the English past ("elected … last month", "backed the car into a bollard")
    `\\b(?:last|ago|left|went|came|took|(?<!(?:'ve|have|has|'s)\\s+)got|told|said|began|was|were)\\b|\\b(?:i|we|she|he|they|it)\\s+(?:\\p{L}+\\s+)?\\p{L}{3,}ed\\b|` +
    `\\b(?:hat|habe|hab|haben|hatte|hatten|wurde|wurden)\\b.*(?<![\\p{L}])(?:ge\\p{L}{3,}(?:t|en)|\\p{L}{3,}iert|\\p{L}+(?:über|unter|ver|be|er|an|auf|ab|ein|aus|zu)ge\\p{L}{2,}(?:t|en)|(?:über|unter|ver|be|er|ent|zer)\\p{L}{3,}(?:t|en))(?![\\p{L}])`,
  'iu',
);

/** One seminar of several, named by what sets it apart ("the one in Mettlach", "und der am Mittwoch"). */
const ONE_OF_THEM =
  /\bthe\s+one\s+(?:in|on|at|from|with|by|for)\b|^\W*(?:der|den|die|das)\s+(?:im|am|in|aus|vom|mit|bei)\s+\S+\s*[,:–—]|\b(?:und|and)\s+(?:der|den|das)\s+(?:in|im|am|an|aus|vom|von|mit|bei|für)\b/i;

/** What the asker is to learn, told in the story. */
const LEARN_GOAL =
  /\b(?:learn(?:ing)?\s+(?:about|the|how|more)|get\s+into|brush\s+up\s+on|get\s+better\s+at|einarbeite[nt]?|einlesen|(?:kennen|dazu)?lernen|beibringen|vertiefen|auffrischen|(?:soll|muss|werde)\s+mich\s+(?:\S+\s+){0,3}?um\s+(?:die|den|das)\s+\S+(?:\s+\S+)?\s+kümmern|(?:have|need)\s+to\s+(?:take\s+care\s+of|handle|deal\s+with)|(?:i['’]?ll|i\s+will)\s+be\s+(?:handling|responsible\s+for))\b/i;

/** Pointing back at the subject of the story ("gibt es dazu eine Schulung?"), not at a time or place ("da", "dort"). */
const TOPIC_BACK =
  /\b(?:wie\s+(?:wir|ich|man)\s+(?:die|diese|das|sie|damit)(?=\s+[a-zäöüß]+\s*[?.!]?\s*$)|dazu|dafür|davon|darüber|darum|hierzu|hierfür|another\s+one|one\s+again|(?:den|die|das)\s+(?:auch\s+)?wieder|wieder\s+(?:so\s+)?einen?)\b/i;

/** A subject, then a question of it after a comma: "ruhig bleiben wenns laut wird, ist das online?". */
const IT_AFTER_COMMA =
  /(?:,|\s[-–—])\s*(?:ist|findet|kostet|läuft|is|does)\s+(?:das|der|die|es|er|sie|it|that)\b[^,–—]*$/i;
/** The question is about one seminar's property rather than a search ("Ist der Kurs online?"). */
/** Whether the seminar pointed at lasts several days ("geht das über mehrere Tage?", "is it more than one day?"). */
const MULTI_DAY_ASKED =
  /^\W*(?:(?:und|and)\s+)?(?:geht|läuft|dauert|ist|is|does|lasts?)\s+(?:das|der|die|es|er|sie|it|this|that)\b[^?]*?(?:mehrere\s+tage|mehrtägig|several\s+days|multi-?day|more\s+than\s+(?:one|a)\s+day)/i;
const YES_NO_START =
  /^\s*((?:und|and)\s+)?(ist|sind|findet|kann|könnte|wird|muss|müssen|gibt\s+es\s+den|is|are|does|can|will|do|must)\b/i;

// ---------------------------------------------------------------------------------------------------------------
// Filters taken out of the text (each returns the text with its phrase removed)

interface Extracted {
  text: string;
}

function take(state: Extracted, re: RegExp): RegExpExecArray | null {
  const m = re.exec(state.text);
  if (m) state.text = `${state.text.slice(0, m.index)} ${state.text.slice(m.index + m[0].length)}`;
  return m;
}

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const rx = (s: string) => new RegExp(`${W}(?:${s})${E}`, 'iu');
/** Not after a form of address: "Frau Sommer", "Herrn Mai", "Mrs Winter" are people. */
const NOT_NAMED = '(?<!\\b(?:frau|herrn?|mrs?\\.?|ms\\.?|dr\\.)\\s+)';

/** The month a season begins with. */
const SEASON_START: Record<string, number> = {
  frühjahr: 3,
  frühling: 3,
  spring: 3,
  sommer: 6,
  summer: 6,
  herbst: 9,
  autumn: 9,
  fall: 9,
  winter: 12,
};

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  for (const [re, n] of MONTHS) if (new RegExp(`^(?:${re.source})\\.?$`).test(w)) return n;
  return undefined;
}

function numberOf(word: string): number | undefined {
  const n = Number(word);
  if (Number.isInteger(n) && n > 0) return n;
  return NUMBER_WORDS[word.toLowerCase()];
}

function extractPeriod(state: Extracted, now: Date, tz: string): Period {
  const today = zonedYmd(now, tz);
  const dayStart = (ymd: YMD, plus = 0) => zonedMidnight(ymd.y, ymd.m, ymd.d + plus, tz);
  const mondayOffset = (weekday(today) + 6) % 7;
  const monthPeriod = (y: number, m: number, fromDay = 1, toDay?: number): Period => ({
    kind: 'month',
    from: zonedMidnight(y, m, fromDay, tz),
    to: toDay ? zonedMidnight(y, m, toDay + 1, tz) : zonedMidnight(y, m + 1, 1, tz),
  });
  /** The first, middle or last third of a month ("Anfang März", "Ende des Monats"). */
  const monthThird = (part: string, y: number, mon: number): Period => {
    if (/^(anfang|early|start|beginning|monatsanfang)$/i.test(part)) return monthPeriod(y, mon, 1, 10);
    if (/^(mitte|mid|middle)$/i.test(part)) return monthPeriod(y, mon, 11, 20);
    return monthPeriod(y, mon, 21, new Date(Date.UTC(y, mon, 0)).getUTCDate());
  };
  /** A month without a year: the next time it comes (this month counts). */
  const yearFor = (m: number, y?: number) => y ?? (m < today.m ? today.y + 1 : today.y);
  let m: RegExpExecArray | null;
  // "seit Oktober", "since last week", "ich leite ab Januar ein Team", "ich soll im Herbst ein Team übernehmen": when
  // the asker's story begins, not when the course should be.
  take(
    state,
    rx(
      `(?<=\\b(?:(?:ich|wir)\\s+\\p{L}+|muss|müssen|soll|sollen|werde|werden|darf|dürfen)\\s+(?:\\p{L}+\\s+)?)(?:ab|im(?=\\s+(?:${MONTH_NAMES}|frühjahr|frühling|sommer|herbst|winter)\\s+(?:\\p{L}+\\s+){1,3}(?:übernehmen|wechseln|anfangen|beginnen|leiten)\\b))\\s+(?:anfang\\s+|mitte\\s+|ende\\s+)?(?:${MONTH_NAMES}|(?:dem\\s+)?(?:frühjahr|frühling|sommer|herbst|winter)|nächste[mn]?\\s+(?:monat|jahr))`,
    ),
  );
  take(
    state,
    rx(
      `(?:seit|since)\\s+(?:anfang\\s+|mitte\\s+|ende\\s+|early\\s+|mid-?\\s*|late\\s+)?(?:${MONTH_NAMES}|letzte[rmn]?\\s+(?:woche|monat|jahr)|last\\s+(?:week|month|year))`,
    ),
  );
  // "letzten Monat", "last week", "vor zwei Wochen": when something happened, never a time asked for.
  take(
    state,
    rx(
      '(?:im\\s+|in\\s+der\\s+)?(?:letzte[nrms]?|vorige[nrms]?|vergangene[nrms]?)\\s+(?:woche|monat|jahr|quartal|frühjahr|frühling|sommer|herbst|winter)|last\\s+(?:week|month|year|spring|summer|autumn|fall|winter)|vor\\s+(?:einer|einem|zwei|drei|vier|ein\\s+paar|\\d+)\\s+(?:wochen?|monaten?|jahren?|tagen?)|(?:a|one|two|three|a\\s+few|\\d+)\\s+(?:weeks?|months?|years?|days?)\\s+ago',
    ),
  );
  // "my calendar is empty for once", "mein Kalender ist mal leer": that the asker has time, no subject.
  take(
    state,
    rx(
      '(?:my|mein)\\s+(?:calendar|kalender|diary)\\s+(?:is|ist)\\s+(?:\\p{L}+\\s+){0,2}?(?:empty|free|clear|open|leer|frei)(?:\\s+for\\s+once)?',
    ),
  );
  // "seit dem Sommer", "seit Monaten", "for weeks": how long something has been so.
  take(
    state,
    rx(
      '(?:seit|since)\\s+(?:dem\\s+|diesem\\s+|the\\s+)?(?:frühjahr|frühling|sommer|herbst|winter|spring|summer|autumn|fall|wochen|monaten|jahren|tagen|weeks|months|years|days)|for\\s+(?:weeks|months|years)',
    ),
  );

  // Easter and Whitsun move: "in der Woche nach Ostern", "über Ostern" (Good Friday to Easter Monday), "week after
  // Easter", "in der Woche nach Pfingsten" (Whit Sunday is seven weeks after Easter Sunday).
  const feast = '(ostern|pfingsten|easter|whitsun|pentecost)';
  /** This year's feast Sunday until its Tuesday, then next year's (Whit Sunday is seven weeks after Easter). */
  const feastSunday = (name: string): YMD => {
    const whitsun = /^(pfingsten|whitsun|pentecost)$/i.test(name) ? 49 : 0;
    const sunday = (y: number) => {
      const e = easterSunday(y);
      const d = new Date(Date.UTC(e.y, e.m - 1, e.d + whitsun));
      return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
    };
    const easter = sunday(today.y);
    return zonedMidnight(easter.y, easter.m, easter.d + 2, tz) < now ? sunday(today.y + 1) : easter;
  };
  // "zwischen Ostern und Pfingsten", "between Easter and Whitsun": from Easter Tuesday to Whit Saturday.
  if (take(state, rx('(?:zwischen|between)\\s+(?:ostern|easter)\\s+(?:und|and)\\s+(?:pfingsten|whitsun|pentecost)'))) {
    const [easter, whitsun] = [feastSunday('ostern'), feastSunday('pfingsten')];
    return { kind: 'range', from: dayStart(easter, 2), to: dayStart(whitsun, -1) };
  }
  // School holidays, which differ by state: the Easter holidays from Holy Week to the week after, the Whitsun holidays
  // (long in Bavaria and Baden-Württemberg) from Whit Tuesday to the Friday of the week after.
  if (
    (m = take(
      state,
      rx(
        '(?:(?:in|während|über)\\s+(?:den|die|der)\\s+|(?:in|during|over)\\s+the\\s+)?(pfingst|oster|whitsun\\s+|easter\\s+)(?:ferien|holidays|half[- ]term|break)',
      ),
    ))
  ) {
    const whitsun = /^(?:pfingst|whitsun)/i.test(m[1]);
    const sunday = feastSunday(whitsun ? 'pfingsten' : 'ostern');
    return whitsun
      ? { kind: 'range', from: dayStart(sunday, 2), to: dayStart(sunday, 13) }
      : { kind: 'range', from: dayStart(sunday, -6), to: dayStart(sunday, 7) };
  }
  // The feast days themselves: "am Gründonnerstag", "Good Friday", "Pfingstmontag", "Christi Himmelfahrt".
  if ((m = take(state, FEAST_DAY))) {
    const word = m[0].toLowerCase().replace(/^(?:am|an|on)\s+/, '');
    const [, whitsun, offset] = FEAST_DAYS.find(([re]) => re.test(word))!;
    const sunday = feastSunday(whitsun ? 'pfingsten' : 'ostern');
    return { kind: 'day', from: dayStart(sunday, offset), to: dayStart(sunday, offset + 1) };
  }
  // "nach Karneval", "after carnival": from Ash Wednesday on; "vor Fasching": until the Thursday carnival begins.
  if (
    (m = take(
      state,
      rx('(nach|after|vor|bis|before|until)\\s+(?:(?:dem|der|the)\\s+)?(?:karneval|fasching|fastnacht|carnival)'),
    ))
  ) {
    const sunday = feastSunday('ostern');
    return /^(?:nach|after)$/i.test(m[1])
      ? { kind: 'range', from: dayStart(sunday, -46), to: dayStart(sunday, 365 - 46) }
      : { kind: 'range', from: now, to: dayStart(sunday, -52) };
  }
  // "in der Karwoche", "Holy Week": the six days before Easter Sunday (so is the "Osterwoche" in Duden).
  if (take(state, rx('(?:in\\s+der\\s+)?(?:karwoche|osterwoche)|(?:in\\s+|during\\s+)?holy\\s+week'))) {
    const sunday = feastSunday('ostern');
    return { kind: 'week', from: dayStart(sunday, -6), to: dayStart(sunday, 0) };
  }
  // "am Donnerstag nach Ostern", "on the Tuesday after Whitsun": that one day.
  if ((m = take(state, rx(`(?:am\\s+|on\\s+(?:the\\s+)?)?(${WEEKDAYS})\\s+(nach|vor|after|before)\\s+${feast}`)))) {
    const sunday = feastSunday(m[3]);
    const weekdayNumber = WEEKDAY_NUMBERS[m[1].toLowerCase()];
    const ahead = /^(nach|after)$/i.test(m[2]) ? weekdayNumber : weekdayNumber - 7 - (weekdayNumber === 7 ? 7 : 0);
    return { kind: 'day', from: dayStart(sunday, ahead), to: dayStart(sunday, ahead + 1) };
  }
  if (
    (m = take(
      state,
      rx(
        `(?:in\\s+der\\s+)?woche\\s+(nach|vor)\\s+${feast}|(?:the\\s+)?week\\s+(after|before)\\s+${feast}|(?:über|an|zu)\\s+${feast}|(?:over|at)\\s+${feast}|(bis|vor|before|until)\\s+${feast}|(nach|after)\\s+${feast}`,
      ),
    ))
  ) {
    const name = m[2] ?? m[4] ?? m[5] ?? m[6] ?? m[8] ?? m[10] ?? '';
    const whitsun = /^(pfingsten|whitsun|pentecost)$/i.test(name);
    const { y: ey, m: em, d: ed } = feastSunday(name);
    const which = (m[1] ?? m[3] ?? '').toLowerCase();
    // "vor Ostern", "bis Pfingsten": from now until the feast's Friday before (Good Friday is a holiday).
    if (m[7]) return { kind: 'range', from: now, to: zonedMidnight(ey, em, ed - (whitsun ? 1 : 2), tz) };
    // "nach Ostern": any time after the feast's Monday (sorted by date, the first weeks come first).
    if (m[9]) {
      const from = zonedMidnight(ey, em, ed + 2, tz);
      // "nach Ostern noch im April": until the end of that month.
      const within = rx(`(?:noch\\s+)?(?:im|in|during)\\s+(${MONTH_NAMES})`).exec(state.text);
      const month = within ? monthNumber(within[1]) : undefined;
      if (month && month >= em) {
        take(state, rx(within![0]));
        return { kind: 'range', from, to: zonedMidnight(ey, month + 1, 1, tz) };
      }
      return { kind: 'range', from, to: zonedMidnight(ey + 1, em, ed, tz) };
    }
    if (which === 'nach' || which === 'after')
      return { kind: 'week', from: zonedMidnight(ey, em, ed + 1, tz), to: zonedMidnight(ey, em, ed + 8, tz) };
    if (which === 'vor' || which === 'before')
      return { kind: 'week', from: zonedMidnight(ey, em, ed - 6, tz), to: zonedMidnight(ey, em, ed, tz) };
    return { kind: 'range', from: zonedMidnight(ey, em, ed - 2, tz), to: zonedMidnight(ey, em, ed + 2, tz) };
  }
  if (take(state, rx('übermorgen|day after tomorrow')))
    return { kind: 'day', from: dayStart(today, 2), to: dayStart(today, 3) };
  if (take(state, rx('(?<!guten\\s)(?<!am\\s)morgen(?!s)|tomorrow')))
    return { kind: 'day', from: dayStart(today, 1), to: dayStart(today, 2) };
  // "heute in zwei Wochen", "two weeks from today": that day.
  if (
    (m = take(
      state,
      rx('heute\\s+in\\s+(einer|zwei|drei|vier|1|2|3|4)\\s+wochen?|(one|two|three|four|a)\\s+weeks?\\s+from\\s+today'),
    ))
  ) {
    const weeks = numberOf((m[1] ?? m[2]).toLowerCase().replace(/^(?:einer|a)$/, 'eins')) ?? 1;
    return { kind: 'day', from: dayStart(today, 7 * weeks), to: dayStart(today, 7 * weeks + 1) };
  }
  if (take(state, rx('heute|today'))) return { kind: 'day', from: now, to: dayStart(today, 1) };
  // "this afternoon": today; the time of day is read on its own.
  if (rx('this\\s+(?:afternoon|morning)').test(state.text)) return { kind: 'day', from: now, to: dayStart(today, 1) };
  // "bis Freitag", "until Friday": from now to the end of that day, this week or, when it is past, the next.
  // (Not a day someone wants an answer by: "will bis Freitag wissen, was …".)
  take(
    state,
    rx(
      `(?:bis|until|by)\\s+(?:zum\\s+)?(?:${WEEKDAYS})(?=\\s+(?:\\p{L}+\\s+)?(?:wissen|bescheid|antwort|entscheiden|know|decide))`,
    ),
  );
  if (
    (m = take(
      state,
      rx(
        `(?:bis|until|till)\\s+(?:zum\\s+|(?:this|next)\\s+)?(${WEEKDAYS})(?!\\s+(?:\\p{L}+\\s+)?(?:wissen|bescheid|antwort|entscheiden|know|decide))`,
      ),
    ))
  ) {
    const ahead = (WEEKDAY_NUMBERS[m[1].toLowerCase()] - 1 - mondayOffset + 7) % 7;
    return { kind: 'range', from: now, to: dayStart(today, ahead + 1) };
  }
  // "am Donnerstag nächster Woche", "nächste Woche Donnerstag", "on Thursday next week": that day of that week.
  const weekWords =
    '(?:in\\s+der\\s+)?(übernächste[nr]?|nächste[nr]?|kommende[nr]?|diese[rn]?)\\s+woche|(next|this)\\s+week|(week\\s+after\\s+next)';
  if (
    (m = take(state, rx(`(?:am\\s+|on\\s+)?(${WEEKDAYS})\\s+(?:${weekWords})`))) ??
    (m = take(state, rx(`(?:${weekWords})\\s+(?:am\\s+|on\\s+)?(${WEEKDAYS})`)))
  ) {
    const [dayWord, ...rest] = WEEKDAY_NUMBERS[m[1]?.toLowerCase()]
      ? [m[1], m[2], m[3], m[4]]
      : [m[4], m[1], m[2], m[3]];
    const which = (rest.find(Boolean) ?? '').toLowerCase();
    const weeks = /^(übernächste|week)/.test(which) ? 2 : /^(nächste|kommende|next)/.test(which) ? 1 : 0;
    const day = weeks * 7 - mondayOffset + WEEKDAY_NUMBERS[dayWord.toLowerCase()] - 1;
    return { kind: 'day', from: day === 0 ? now : dayStart(today, day), to: dayStart(today, day + 1) };
  }
  // "in KW 12", "calendar week 12": that ISO week, this year or, when it is over, next year.
  if ((m = take(state, rx('(?:in\\s+(?:der\\s+)?)?(?:kw|kalenderwoche|calendar\\s+week|week)\\s*(\\d{1,2})')))) {
    const n = Number(m[1]);
    const isoMonday = (y: number) => 4 - ((new Date(Date.UTC(y, 0, 4)).getUTCDay() + 6) % 7) + (n - 1) * 7;
    const thisYear = zonedMidnight(today.y, 1, isoMonday(today.y) + 7, tz) > now;
    const y = thisYear ? today.y : today.y + 1;
    return { kind: 'week', from: zonedMidnight(y, 1, isoMonday(y), tz), to: zonedMidnight(y, 1, isoMonday(y) + 7, tz) };
  }
  // "in the week of 8 February", "in der Woche vom 8. Februar": the week (Monday to Sunday) with that day.
  if (
    (m = take(
      state,
      rx(
        `(?:in\\s+)?(?:the\\s+)?week\\s+of\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_WORDS})|(?:in\\s+der\\s+)?woche\\s+(?:vom|ab\\s+dem|ab)\\s+(\\d{1,2})\\.?\\s*(${MONTH_WORDS})`,
      ),
    ))
  ) {
    const month = monthNumber(m[2] ?? m[4]) ?? today.m;
    const day = Number(m[1] ?? m[3]);
    const y = yearFor(month);
    const monday = day - ((new Date(Date.UTC(y, month - 1, day)).getUTCDay() + 6) % 7);
    return { kind: 'week', from: zonedMidnight(y, month, monday, tz), to: zonedMidnight(y, month, monday + 7, tz) };
  }
  // "in the second half of March", "in der ersten Märzhälfte": the 1st to the 15th, or the 16th to the month's end.
  if (
    (m = take(
      state,
      rx(
        `(?:in\\s+)?(?:the\\s+)?(first|second)\\s+half\\s+of\\s+(${MONTH_WORDS})|(?:in\\s+der\\s+)?(erste|ersten|zweite|zweiten)\\s+(?:hälfte\\s+(?:des\\s+|vom\\s+|im\\s+)?(${MONTH_WORDS})|(${MONTH_WORDS})hälfte)`,
      ),
    ))
  ) {
    const month = monthNumber(m[2] ?? m[4] ?? m[5]) ?? today.m;
    const y = yearFor(month);
    const first = /^(?:first|erste)/i.test(m[1] ?? m[3]);
    return first
      ? { kind: 'range', from: zonedMidnight(y, month, 1, tz), to: zonedMidnight(y, month, 16, tz) }
      : { kind: 'range', from: zonedMidnight(y, month, 16, tz), to: zonedMidnight(y, month + 1, 1, tz) };
  }
  // "am Wochenende", "this weekend": the coming Saturday and Sunday.
  if (
    take(
      state,
      rx(
        '(?:am|übers|an\\s+diesem|dieses|this|on\\s+the|at\\s+the|over\\s+the)\\s+(?:kommenden\\s+)?(?:wochenende|weekend)',
      ),
    )
  ) {
    const saturday = 5 - mondayOffset;
    return {
      kind: 'range',
      from: saturday <= 0 ? now : dayStart(today, saturday),
      to: dayStart(today, 7 - mondayOffset),
    };
  }
  // "zwischen dem 3. und 14. April", "vom 3. bis 14. April", "between 3 and 14 April".
  if (
    (m = take(
      state,
      rx(
        `(?:zwischen(?:\\s+dem)?|vom|von|between|from)\\s+(\\d{1,2})\\.?\\s*(?:(${MONTH_WORDS})\\.?\\s+)?(?:und(?:\\s+dem)?|bis(?:\\s+zum)?|and|to|-|–)\\s+(\\d{1,2})\\.?\\s*(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?`,
      ),
    ))
  ) {
    const to = monthNumber(m[4]) ?? today.m;
    const from = m[2] ? (monthNumber(m[2]) ?? to) : to;
    const y = yearFor(from, m[5] ? Number(m[5]) : undefined);
    return {
      kind: 'range',
      from: zonedMidnight(y, from, Number(m[1]), tz),
      to: zonedMidnight(to < from ? y + 1 : y, to, Number(m[3]) + 1, tz),
    };
  }
  // "ab dem 20.": from that day of this month (or the next, when it is past), without an end.
  if (
    (m = take(
      state,
      rx(`(?:ab\\s+dem|from\\s+the|after\\s+the)\\s+(\\d{1,2})(?:\\.|st|nd|rd|th)(?!\\s*(?:\\d|${MONTH_WORDS}))`),
    ))
  ) {
    const d = Number(m[1]);
    const mon = d >= today.d ? today.m : today.m + 1;
    return { kind: 'range', from: zonedMidnight(today.y, mon, d, tz), to: zonedMidnight(today.y + 1, mon, d, tz) };
  }
  // "am 14.", "on the 14th": that day of this month (or the next, when it is past).
  if ((m = take(state, rx(`(?:am|on\\s+the)\\s+(\\d{1,2})(?:\\.|st|nd|rd|th)(?!\\s*(?:\\d|${MONTH_WORDS}))`)))) {
    const d = Number(m[1]);
    const mon = d >= today.d ? today.m : today.m + 1;
    return { kind: 'day', from: zonedMidnight(today.y, mon, d, tz), to: zonedMidnight(today.y, mon, d + 1, tz) };
  }
  // "in zwei Wochen", "in 3 weeks": the week that many weeks from this one.
  if ((m = take(state, rx("in\\s+(zwei|drei|vier|2|3|4|two|three|four)\\s+(?:wochen|weeks?)(?:\\s*'?\\s*time)?")))) {
    const weeks = numberOf(m[1]) ?? 2;
    return {
      kind: 'week',
      from: dayStart(today, weeks * 7 - mondayOffset),
      to: dayStart(today, weeks * 7 + 7 - mondayOffset),
    };
  }
  // "bis Ende April", "by the end of April": from now to the end of that month.
  if (
    (m = take(
      state,
      rx(
        `(?:bis\\s+(?:zum\\s+)?(?:ende\\s+)?|by\\s+the\\s+end\\s+of\\s+|until\\s+(?:the\\s+end\\s+of\\s+)?)(${MONTH_WORDS})`,
      ),
    ))
  ) {
    const mon = monthNumber(m[1]) ?? today.m;
    return { kind: 'range', from: now, to: zonedMidnight(yearFor(mon), mon + 1, 1, tz) };
  }
  if (take(state, rx('übernächste[nr]?\\s+woche|week after next')))
    return { kind: 'week', from: dayStart(today, 14 - mondayOffset), to: dayStart(today, 21 - mondayOffset) };
  if (take(state, rx('(?:in\\s+der\\s+)?(?:nächste[nr]?|kommende[nr]?)\\s+woche|next\\s+week|the\\s+coming\\s+week')))
    return { kind: 'week', from: dayStart(today, 7 - mondayOffset), to: dayStart(today, 14 - mondayOffset) };
  if (take(state, rx('(?:in\\s+)?diese[rn]?\\s+woche|this\\s+week')))
    return { kind: 'week', from: now, to: dayStart(today, 7 - mondayOffset) };
  if (
    (m = take(
      state,
      rx(
        '(?:in|within|innerhalb)\\s+(?:den|der|the)?\\s*(?:nächsten|kommenden|next|coming)\\s+([\\p{L}\\d]+)\\s+(tage?n?|wochen?|monate?n?|days?|weeks?|months?)',
      ),
    ))
  ) {
    const n = numberOf(m[1]) ?? 1;
    const unit = m[2].toLowerCase();
    if (/^(tag|day)/.test(unit)) return { kind: 'range', from: now, to: dayStart(today, n + 1) };
    if (/^(woche|week)/.test(unit)) return { kind: 'range', from: now, to: dayStart(today, n * 7 + 1) };
    return { kind: 'range', from: now, to: zonedMidnight(today.y, today.m + n, today.d + 1, tz) };
  }
  if (
    (m = take(
      state,
      rx(
        '(?:in\\s+den\\s+|in\\s+the\\s+)?(?:nächsten|kommenden|next|coming)\\s+(tagen|wochen|monaten|days|weeks|months)',
      ),
    ))
  ) {
    const unit = m[1].toLowerCase();
    if (/^(tag|day)/.test(unit)) return { kind: 'range', from: now, to: dayStart(today, 8) };
    if (/^(woche|week)/.test(unit)) return { kind: 'range', from: now, to: dayStart(today, 29) };
    return { kind: 'range', from: now, to: zonedMidnight(today.y, today.m + 3, today.d + 1, tz) };
  }
  // "bis Monatsende", "until the end of the month": from now on, to the end of this month.
  if (
    take(
      state,
      rx(
        'bis\\s+(?:zum\\s+)?(?:monatsende|ende\\s+(?:des|dieses)\\s+monats)|(?:by|until|till)\\s+the\\s+end\\s+of\\s+(?:the|this)\\s+month',
      ),
    )
  )
    return { kind: 'range', from: now, to: zonedMidnight(today.y, today.m + 1, 1, tz) };
  // "Ende des Monats", "Anfang nächsten Monats", "end of the month": a third of this or the next month.
  if (
    (m = take(
      state,
      rx(
        '(anfang|mitte|ende)\\s+(?:des|dieses|diesen|(nächsten|kommenden))\\s+monats|(?:the\\s+)?(start|beginning|middle|end)\\s+of\\s+(?:the|this|(next))\\s+month|(monatsende|monatsanfang)',
      ),
    ))
  ) {
    const next = Boolean(m[2] || m[4]);
    const y = next && today.m === 12 ? today.y + 1 : today.y;
    return monthThird(m[1] ?? m[3] ?? m[5], y, next ? (today.m % 12) + 1 : today.m);
  }
  if (take(state, rx('(?:im\\s+)?(?:nächste[nr]?|kommende[nr]?)\\s+monat|next\\s+month')))
    return { ...monthPeriod(today.y, today.m + 1) } as Period;
  if (take(state, rx('(?:in\\s+)?diese[nm]\\s+monat|this\\s+month')))
    return { kind: 'month', from: now, to: zonedMidnight(today.y, today.m + 1, 1, tz) };
  // "in der ersten Woche nach Neujahr": the first week from Monday after New Year's Day.
  if (
    take(
      state,
      rx(
        "(?:in\\s+der\\s+)?(?:ersten\\s+)?woche\\s+nach\\s+neujahr|(?:in\\s+der\\s+)?erste[nr]?\\s+januarwoche|(?:in\\s+)?(?:the\\s+)?(?:first\\s+)?week\\s+after\\s+new\\s+year(?:'s)?(?:\\s+day)?|(?:in\\s+)?(?:the\\s+)?first\\s+week\\s+of\\s+january",
      ),
    )
  ) {
    const y = today.m === 1 && today.d <= 7 ? today.y : today.y + 1;
    const jan2 = new Date(Date.UTC(y, 0, 2));
    const monday = 2 + ((8 - jan2.getUTCDay()) % 7);
    return { kind: 'week', from: zonedMidnight(y, 1, monday, tz), to: zonedMidnight(y, 1, monday + 7, tz) };
  }
  // "zwischen den Jahren": between Christmas and New Year.
  if (
    take(
      state,
      rx(
        "zwischen\\s+den\\s+jahren|zwischen\\s+weihnachten\\s+und\\s+(?:neujahr|silvester)|between\\s+christmas\\s+and\\s+new\\s+year(?:'s)?(?:\\s+(?:day|eve))?",
      ),
    )
  ) {
    const y = today.m === 1 && today.d === 1 ? today.y - 1 : today.y;
    return { kind: 'range', from: zonedMidnight(y, 12, 25, tz), to: zonedMidnight(y + 1, 1, 1, tz) };
  }
  // "Anfang 2028", "early 2028": its first two months.
  if ((m = take(state, rx('(?:anfang|beginn|early|the\\s+start\\s+of)\\s+(\\d{4})')))) {
    return { kind: 'range', from: zonedMidnight(Number(m[1]), 1, 1, tz), to: zonedMidnight(Number(m[1]), 3, 1, tz) };
  }
  // "Anfang nächsten Jahres", "Ende des Jahres": the first or last two months.
  if (
    (m = take(
      state,
      rx('(anfang|beginn|ende)\\s+(?:des\\s+)?(nächsten|kommenden|dieses|des)\\s+jahres|(early|late)\\s+next\\s+year'),
    ))
  ) {
    const next = /^(nächsten|kommenden)$/i.test(m[2] ?? '') || Boolean(m[3]);
    const y = next ? today.y + 1 : today.y;
    const late = /^(ende|late)$/i.test(m[1] ?? m[3] ?? '');
    return late
      ? { kind: 'range', from: zonedMidnight(y, 11, 1, tz), to: zonedMidnight(y + 1, 1, 1, tz) }
      : { kind: 'range', from: zonedMidnight(y, 1, 1, tz), to: zonedMidnight(y, 3, 1, tz) };
  }
  if (
    take(
      state,
      rx('(?:im\\s+)?(?:nächste[nrs]?|kommende[nrs]?|neuen)\\s+jahr|next\\s+year|(?:in\\s+)?the\\s+new\\s+year'),
    )
  )
    return { kind: 'year', from: zonedMidnight(today.y + 1, 1, 1, tz), to: zonedMidnight(today.y + 2, 1, 1, tz) };
  if (take(state, rx('(?:in\\s+)?diese[nms]\\s+jahr|this\\s+year')))
    return { kind: 'year', from: now, to: zonedMidnight(today.y + 1, 1, 1, tz) };
  // "im Dezember noch vor Weihnachten", "bis Weihnachten": from the first of December, or from now when it is December
  // already (or not yet).
  if (
    (m = take(
      state,
      rx(
        '(im\\s+dezember\\s+(?:noch\\s+)?|in\\s+december\\s+)?(?:(?:vor|bis)\\s+weihnachten|(?:before|until|till|by)\\s+christmas)',
      ),
    ))
  ) {
    const y = today.m === 12 && today.d > 24 ? today.y + 1 : today.y;
    const december = zonedMidnight(y, 12, 1, tz);
    return { kind: 'range', from: m[1] && december > now ? december : now, to: zonedMidnight(y, 12, 24, tz) };
  }
  if (
    (m = take(
      state,
      rx(
        '(?:im\\s+|in\\s+the\\s+)?(nächsten|nächstes|kommenden|kommendes|next|diesem|dieses|laufenden|laufendes|this|current)\\s+(?:quartal|quarter)|(?:(?:noch\\s+)?bis|before|until|by)\\s+(?:zum\\s+)?(?:ende|the\\s+end)\\s+(?:des|of\\s+the)\\s+(?:quartals|quarter)',
      ),
    ))
  ) {
    const current = Math.floor((today.m - 1) / 3) * 3 + 1;
    // ("bis Ende des Quartals", "before the end of the quarter": the rest of this one)
    const next = /^(nächsten|nächstes|kommenden|kommendes|next)$/i.test(m[1] ?? '');
    return next
      ? {
          kind: 'quarter',
          from: zonedMidnight(today.y, current + 3, 1, tz),
          to: zonedMidnight(today.y, current + 6, 1, tz),
        }
      : { kind: 'quarter', from: now, to: zonedMidnight(today.y, current + 3, 1, tz) };
  }
  if (
    (m = take(
      state,
      rx(
        '(?:im\\s+|in\\s+the\\s+|in\\s+)?(ersten|zweiten|dritten|vierten|first|second|third|fourth|[1-4]\\.)\\s+(?:quartal|quarter)(?:\\s+(\\d{4}))?|q([1-4])(?:\\s+(\\d{4}))?',
      ),
    ))
  ) {
    const q = m[3]
      ? Number(m[3])
      : ((
          { ersten: 1, first: 1, zweiten: 2, second: 2, dritten: 3, third: 3, vierten: 4, fourth: 4 } as Record<
            string,
            number
          >
        )[m[1]?.toLowerCase()] ?? Number(m[1]?.[0]));
    const startMonth = (q - 1) * 3 + 1;
    const y = m[2] || m[4] ? Number(m[2] ?? m[4]) : startMonth + 2 < today.m ? today.y + 1 : today.y;
    return { kind: 'quarter', from: zonedMidnight(y, startMonth, 1, tz), to: zonedMidnight(y, startMonth + 3, 1, tz) };
  }
  // "vor dem Sommer", "before the summer break": from now until the season (or the summer holidays, in July) begins.
  if (
    (m = take(
      state,
      rx(
        '(?:vor|before|bis\\s+zum)\\s+(?:dem\\s+|der\\s+|den\\s+|the\\s+)?(sommer|summer|herbst|autumn|fall|winter)(pause|ferien|urlaub|\\s+(?:break|holidays?|vacation))?',
      ),
    ))
  ) {
    const start = m[2] ? 7 : SEASON_START[m[1].toLowerCase()];
    const y = start <= today.m ? today.y + 1 : today.y;
    return { kind: 'range', from: now, to: zonedMidnight(y, start, 1, tz) };
  }
  if (
    (m = take(
      state,
      rx(
        // (Not a name: "Seminare von Frau Sommer", "bei Herrn Winter".)
        `${NOT_NAMED}(?:im\\s+|in\\s+(?:the\\s+)?)?(frühjahr|frühling|sommer|herbst|winter|spring|summer|autumn|fall)(?!\\s+(?:road|roads|service|maintenance|duty))(?:\\s+(\\d{4}))?`,
      ),
    ))
  ) {
    const start = SEASON_START[m[1].toLowerCase()];
    const y = m[2] ? Number(m[2]) : start + 2 < today.m && start !== 12 ? today.y + 1 : today.y;
    return { kind: 'season', from: zonedMidnight(y, start, 1, tz), to: zonedMidnight(y, start + 3, 1, tz) };
  }
  // "im neuen Jahr", "after New Year": the next year (in its first half, this one), from its first day.
  if (
    take(
      state,
      rx(
        "(?:im|ins)\\s+neuen?\\s+jahr|nach\\s+(?:neujahr|dem\\s+jahreswechsel|silvester)|after\\s+(?:the\\s+)?new\\s+year(?:['’]s)?|in\\s+the\\s+new\\s+year",
      ),
    )
  ) {
    const y = today.m >= 7 ? today.y + 1 : today.y;
    const from = zonedMidnight(y, 1, 1, tz);
    return { kind: 'range', from: from > now ? from : now, to: zonedMidnight(y + 1, 1, 1, tz) };
  }
  // "vor Oktober", "before October": from now until that month begins.
  if ((m = take(state, rx(`(?:vor|before|prior\\s+to)\\s+(?:dem\\s+)?(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?`)))) {
    const mon = monthNumber(m[1])!;
    const y = yearFor(mon, m[2] ? Number(m[2]) : undefined);
    return { kind: 'range', from: now, to: zonedMidnight(y, mon, 1, tz) };
  }
  // "bis Ende Januar", "bis März", "until March"
  if (
    (m = take(state, rx(`(?:bis|until|till|by)\\s+(?:(?:ende|end\\s+of)\\s+)?(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?`)))
  ) {
    const mon = monthNumber(m[1])!;
    const y = yearFor(mon, m[2] ? Number(m[2]) : undefined);
    return { kind: 'range', from: now, to: zonedMidnight(y, mon + 1, 1, tz) };
  }
  // "ab Februar", "from February on", "after March"
  if (
    (m = take(
      state,
      rx(
        `(?:ab|from|after|nach)\\s+(?:(?:anfang|beginning\\s+of)\\s+)?(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?(?:\\s+on(?:wards)?)?`,
      ),
    ))
  ) {
    const mon = monthNumber(m[1])!;
    const y = yearFor(mon, m[2] ? Number(m[2]) : undefined);
    const first = /^(after|nach)/i.test(m[0]) ? mon + 1 : mon;
    return { kind: 'range', from: zonedMidnight(y, first, 1, tz), to: zonedMidnight(y + 1, first, 1, tz) };
  }
  // "Anfang/Mitte/Ende März", "early/mid/late March"
  if ((m = take(state, rx(`(anfang|mitte|ende|early|mid|late)[\\s-]+(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?`)))) {
    const mon = monthNumber(m[2])!;
    return monthThird(m[1], yearFor(mon, m[3] ? Number(m[3]) : undefined), mon);
  }
  // "im Mai und Juni", "in May or June", "zwischen April und Juni": from the first month to the end of the second.
  if (
    (m = take(
      state,
      rx(
        `${NOT_NAMED}(?:im|in|zwischen|between|during)\\s+(${MONTH_WORDS})\\.?\\s+(?:und|oder|bis|and|or|to)\\s+(?:(?:im|in)\\s+)?(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?`,
      ),
    ))
  ) {
    const [first, last] = [monthNumber(m[1])!, monthNumber(m[2])!];
    const y = yearFor(first, m[3] && last >= first ? Number(m[3]) : undefined);
    const to = zonedMidnight(last >= first ? y : y + 1, last + 1, 1, tz);
    return { kind: 'range', from: y === today.y && first === today.m ? now : zonedMidnight(y, first, 1, tz), to };
  }
  // "im März", "in March 2027", "März 2027" (not "am 2. März": chrono takes days), and a month named alone, as typed
  // into a search box ("teams online juni"), written out and not "may", which is also a verb, or shortened where that
  // is no other word ("online kurse nov"; not "jan", a name).
  if (
    (m = take(
      state,
      rx(
        `(?:im|in|during|for)\\s+(?:(?:monat|the\\s+month\\s+of)\\s+)?(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?|(?<!\\d\\.?\\s)(${MONTH_WORDS})\\s+(\\d{4})|${NOT_NAMED}(?<!\\d\\.?\\s*)(${MONTH_NAMES}|feb|apr|aug|sept?|okt|oct|nov|dez|dec)(?!\\s*\\d)`,
      ),
    ))
  ) {
    const mon = monthNumber(m[1] ?? m[3] ?? m[5])!;
    const y = yearFor(mon, m[2] || m[4] ? Number(m[2] ?? m[4]) : undefined);
    if (y === today.y && mon === today.m) return { kind: 'month', from: now, to: zonedMidnight(y, mon + 1, 1, tz) };
    return monthPeriod(y, mon);
  }
  // "am 9.12.", "am 09.12.": a day without its year is the next one to come.
  if ((m = take(state, rx('(?:am\\s+|on\\s+)?(\\d{1,2})\\.(\\d{1,2})\\.(?!\\d)')))) {
    const d = Number(m[1]);
    const mon = Number(m[2]);
    if (mon >= 1 && mon <= 12 && d >= 1 && d <= 31) {
      const y = mon < today.m || (mon === today.m && d < today.d) ? today.y + 1 : today.y;
      return { kind: 'day', from: zonedMidnight(y, mon, d, tz), to: zonedMidnight(y, mon, d + 1, tz) };
    }
  }
  // Everything else chrono understands: explicit days ("am 19.01.2027", "on 2 March"), ranges, weekdays.
  for (const parser of [chrono.de, chrono.en]) {
    const results = parser.parse(state.text, { instant: now, timezone: tz }, { forwardDate: true });
    for (const r of results) {
      const c = r.start;
      if (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('weekday')) continue;
      // Abbreviations are words too ("Do you …" is not Thursday): only digits, month or full weekday names count.
      if (!/\d/.test(r.text) && !new RegExp(`${W}(?:${MONTH_WORDS}|${WEEKDAYS})${E}`, 'iu').test(r.text)) continue;
      const startYmd = zonedYmd(r.start.date(), tz);
      const endYmd = r.end ? zonedYmd(r.end.date(), tz) : startYmd;
      const byWeekday =
        !r.end &&
        !c.isCertain('day') &&
        BARE_WEEKDAY.test(r.text) &&
        !/\b(?:nächsten|kommenden|diesen|dieser|this|next|coming)\s+$/iu.test(state.text.slice(0, r.index));
      state.text = state.text.replace(r.text, ' ');
      if (!c.isCertain('day') && !c.isCertain('weekday')) return monthPeriod(startYmd.y, startYmd.m);
      const day: Period = { kind: r.end ? 'range' : 'day', from: dayStart(startYmd), to: dayStart(endYmd, 1) };
      return byWeekday && !/\b(?:heute|morgen|übermorgen|today|tomorrow|woche|week)\b/iu.test(state.text)
        ? { ...day, byWeekday }
        : day;
    }
  }
  // "welche Seminare gibt es 2028", "im Jahr 2028", "courses in 2028": the year, when said as a time (not "Grundsteuer
  // 2025", which may be a title's) and one still to come.
  const year = rx(
    "(?:im\\s+jahre?|in(?:\\s+the\\s+year)?|für|for|during|(?<=\\b(?:gibt\\s+es|gibts|gibt's|there)\\s+))\\s*(20\\d\\d)(?![.\\d])",
  );
  const said = year.exec(state.text);
  if (said && Number(said[1]) >= today.y && Number(said[1]) <= today.y + 3) {
    take(state, year);
    const y = Number(said[1]);
    return { kind: 'year', from: y === today.y ? now : zonedMidnight(y, 1, 1, tz), to: zonedMidnight(y + 1, 1, 1, tz) };
  }
  return undefined;
}

const BARE_WEEKDAY = new RegExp(`^(?:am\\s+|on\\s+)?(?:${WEEKDAYS})$`, 'iu');

const WEEKDAY_NUMBERS: Record<string, number> = {
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonntag: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
/**
 * "Wo findet der zweite statt?", "Was kostet der letzte?", "Und der andere?", "the second one": a seminar of the list
 * just shown by its place in it (not "der zweite Termin" or "der erste Teil", which are a seminar's own).
 */
const ORDINALS: Record<string, number> = {
  erste: 1,
  zweite: 2,
  dritte: 3,
  vierte: 4,
  fünfte: 5,
  sechste: 6,
  siebte: 7,
  achte: 8,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
};
const PICK = rx(
  `(?:der|die|das|den|dem|beim|zum|vom)\\s+(erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|letzte|andere)[nrs]?(?=\\s*(?:[?.!,:–—]|-\\s|$)|\\s+(?:statt|denn|da|dort|noch|auch|eigentlich|davon|online|hybrid|präsenz|in\\s+präsenz|kostenlos|ausgebucht|voll|kurs|seminar|termin\\s+(?:auf\\s+der\\s+)?liste)\\b|\\s+(?:an|los)\\s*(?:[?.!,]|$)|(?<=\\b(?:(?:für|bei|zu|from|for)\\s+(?:den|dem)|beim|zum)\\s+\\p{L}+)\\s+(?:\\p{L}+\\s+)?\\p{L}+en\\s*[?.!]?\\s*$)` +
    `|the\\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|last|other)(?:\\s+(?:one|course|seminar|session|training))?(?=\\s*(?:[?.!,:–—]|-\\s|$)|\\s+(?:on\\s+the\\s+list|take\\s+place|start|cost|held|about|free|online|hybrid|in\\s+person|still|full|available|booked)\\b)`,
);
/** "Gibt es den auch online?", "Ist der auch hybrid?": the format of the seminar of the conversation. */
const AND_FORMAT =
  /\b(?:und|and)\s+(?:ist|findet|is)\s+(?:der|die|das|er|sie|es|it)\s+(?:auch\s+|also\s+)?(?:online|in\s+präsenz|präsenz|vor\s+ort|hybrid|in\s+person)\b/i;
/** "Ist der Excel-Kurs online und was kostet er?", "is it online, and how long is it?": whether it is, asked first. */
const FORMAT_AND =
  /^\W*(?:ist|findet|is)\s+(?:der|die|das|er|sie|es|it|the)\s+(?:\S+\s+){0,4}?(?:online|in\s+präsenz|präsenz|vor\s+ort|hybrid|in\s+person)(?:\s+statt)?\s*,?\s+(?:und|and)\s+(?!(?:ist|is)\b)/i;
/** "heute noch", "still today", "can I still sign up for it today?": when the asker would register. */
const REGISTER_BY_DAY =
  /\b(?:heute|morgen|today|tomorrow)\s+noch\b|\bnoch\s+(?:heute|morgen)\b|\bstill\s+(?:today|tomorrow)\b|\b(?:today|tomorrow)\s+still\b|(?<=\bstill\s.{0,60})\btoday(?=\W*$)/i;
/** "Was kosten die beiden?", "when are both of them?": of the two seminars just shown, each. */
const BOTH = /\b(?:die|den|der)\s+beiden\b|\bbeide\b|\bboth\b/i;
/** Seminars asked for in the plural ("die Excel-Kurse", "die beiden Führungsseminare", "the two leadership seminars"). */
const SEVERAL =
  /\b(?:die|alle|the|all)\s+(?:beiden\s+|two\s+|both\s+)?(?:\p{L}+\s+)?[\p{L}-]*(?:kurse|seminare|schulungen|fortbildungen|workshops|lehrgänge|courses|seminars|trainings)\b/iu;
const TWO_OF = /\b(?:beiden|two|both)\b/i;
const MAX_SEVERAL = 3;
/**
 * Which of two seminars is cheaper, shorter, first ("Welcher ist günstiger, der Vergabekurs oder das Doppik-Seminar?",
 * "Was kommt zuerst, die Archivschulung oder das KI-Seminar?", "Excel oder Englisch – was ist billiger?"): the words
 * that compare, with what they order by and which end they ask for.
 */
const COMPARING: [RegExp, Order, FactKind][] = (
  [
    ['günstiger|billiger|preiswerter|cheaper|less\\s+expensive', { by: 'fee', dir: 'lowest' }, 'cost'],
    ['teurer|more\\s+expensive|pricier|dearer', { by: 'fee', dir: 'highest' }, 'cost'],
    ['kürzer|shorter', { by: 'length', dir: 'lowest' }, 'duration'],
    ['länger|longer', { by: 'length', dir: 'highest' }, 'duration'],
    ['früher|eher|zuerst|als\\s+erste[rs]?|earlier|first|sooner', { by: 'date', dir: 'lowest' }, 'when'],
  ] as const
).map(([words, order, fact]) => {
  const asked = `(?:welche[rs]?|was|which(?:\\s+one)?|what)\\s+(?:\\S+\\s+){0,3}?(?:${words})\\b`;
  return [
    new RegExp(`^\\W*${asked}[^?]*\\s(?:oder|or)\\s|\\s(?:oder|or)\\s[^?]*?[–—:,-]\\s*${asked}`, 'i'),
    order,
    fact,
  ];
});
const comparedIn = (lower: string): { order: Order; fact: FactKind } | undefined => {
  const found = COMPARING.find(([re]) => re.test(lower));
  return found && { order: found[1], fact: found[2] };
};
/** "Wann beginnt der Kurs und ist der kostenlos?": whether it is free, a second question of the same seminar. */
const AND_FREE =
  /\b(?:und|and)\s+(?:ist|is)\s+(?:der|die|das|er|sie|es|it)\s+(?:auch\s+|also\s+)?(?:kostenlos|kostenfrei|gebührenfrei|gratis|umsonst|free)\b/i;
/** Asking whether it exists so ("Gibt es den auch online?"), not whether this one is ("Ist der auch online?"). */
const OFFERED_TOO = /\b(?:gibt\s+es|gibt's|gibts|is\s+there|are\s+there|do\s+you\s+have)\b/i;
const FORMAT_OF_IT =
  /^\s*(?:und\s+)?(?:gibt\s+es|gibt's|gibts|findet|geht|läuft|ist|is|can\s+i\s+(?:join|attend|do|take)|is\s+it|is\s+that)\s+(?:den|die|das|der|ihn|es|er|sie|it|that(?:\s+one)?)?\s*(?:\S+\s+)?(?:auch|noch|ebenfalls|also|too)?\s*(?:als\s+|in\s+)?(?:online|präsenz|hybrid|vor\s+ort|person|von\s+zu\s*hause|vom\s+home-?office|from\s+home|remotely|digital|per\s+video)\b/i;

const NOT_WEEKDAY = rx(
  `(?:nicht|not|außer|except)\\s+(?:am\\s+|an\\s+einem\\s+|an\\s+|on\\s+(?:an?\\s+)?)?(${WEEKDAYS})s?`,
);
/** Any Friday, not the next one: "freitags", "an einem Freitag", "on Fridays"; "Montagnachmittag" with its time of day. */
const ANY_WEEKDAY = rx(
  `(?:an\\s+einem|jeden|immer)\\s+(${WEEKDAYS})|(${WEEKDAYS})s|(?:on\\s+)?(?:a\\s+)?(${WEEKDAYS})s|on\\s+an?\\s+(${WEEKDAYS})|(?:am\\s+)?(${WEEKDAYS})(nachmittag|vormittag|morgen|abend)s?`,
);

/** "kann nach Feierabend nicht mehr abschalten": the evening when the asker is tired, not when a seminar is. */
/** "Wann ist der zweite Termin?", "the second day": a day of the seminar talked about, which its dates answer. */
const SESSION_ORDINAL = rx(
  '(?<=\\b(?:wann|when)\\b.*)(?:der|den|die|das|the)\\s+(?:erste|zweite|dritte|vierte|letzte|first|second|third|fourth|last)[nrs]?\\s+(?:termin|tag|sitzung|session|day|date)\\b',
);
const TIRED_TIME = rx(
  '(?:abends|am\\s+abend|nach\\s+(?:dem\\s+)?feierabend|after\\s+work|in\\s+the\\s+evenings?)(?=\\s+(?:\\S+\\s+){0,5}?(?:abschalten|runterkommen|entspannen|switch\\s+off|unwind|relax)\\b)|(?<=\\b(?:abschalten|runterkommen|entspannen|switch\\s+off|unwind|relax)\\s+(?:\\S+\\s+){0,2}?)(?:abends|am\\s+abend|nach\\s+(?:dem\\s+)?feierabend|after\\s+work|in\\s+the\\s+evenings?)',
);
/** The tail of "Abendveranstaltungen", "Vormittagskurs": an offering at that time of day. */
const OFFERING_COMPOUND = '(?:veranstaltung|kurs|seminar|termin|schulung|angebot|sitzung)\\p{L}*';
const TIME_OF_DAY: [RegExp, 'morning' | 'afternoon' | 'evening'][] = [
  // After work: "abends", "nach Feierabend", "in the evening".
  [
    rx(
      `abends\\s+nach\\s+(?:der\\s+arbeit|dem\\s+dienst|(?:dem\\s+)?feierabend|dienstschluss)|abends|am\\s+abend|(?:in\\s+the\\s+)?eve?n(?:n)?ings?|nach\\s+(?:dem\\s+)?(?:feierabend|dienstschluss)|nach\\s+der\\s+arbeit|after\\s+work|abend${OFFERING_COMPOUND}`,
    ),
    'evening',
  ],
  [
    rx(
      `nach?mit+ags?|am\\s+nach?mit+ag|(?:in\\s+the\\s+)?after?noons?|ab\\s+mittag|nach\\s+der\\s+mittagspause|nachmittags?${OFFERING_COMPOUND}`,
    ),
    'afternoon',
  ],
  // (as typed in a hurry too: "vormitags", "nachmitags", "afternon")
  [
    rx(
      `(?:(?<!wie\\s)früh\\s+)?morgens|vor?mit+ags?|am\\s+vor?mit+ag|am\\s+morgen|(?:in\\s+the\\s+)?mornings?|(?<!wie\\s)früh|before\\s+(?:noon|lunch(?:time)?|midday)|vor\\s+(?:der\\s+)?mittag(?:spause|essen)?|vormittags?${OFFERING_COMPOUND}`,
    ),
    'morning',
  ],
];

const ONLY_TIME_OF_DAY = rx(
  '(?:nur|only|ausschließlich)\\s+(?:am\\s+|in\\s+the\\s+)?(?:vormittags?|nachmittags?|morgens|mornings?|afternoons?|abends|abend|evenings?)',
);

const FORMATS: [RegExp, 'online' | 'in_person' | 'hybrid'][] = [
  // Not "hybride Teams" or "hybrides Arbeiten": how people work is the topic, not how the seminar is held.
  [
    rx(
      '(?:hybride?[ns]?|hybrid)(?!\\s+(?:teams?|arbeit\\w*|führung|zusammenarbeit|arbeitswelt\\w*|work\\w*))|' +
        // "either on site or online": attended either way, which is a hybrid seminar
        '(?:either|wahlweise|sowohl)\\s+(?:on[- ]?site|in\\s+person|vor\\s+ort|in\\s+präsenz|online)\\s+(?:or|oder|als\\s+auch)\\s+(?:online|on[- ]?site|in\\s+person|vor\\s+ort|in\\s+präsenz)',
    ),
    'hybrid',
  ],
  // Not "Anträge online stellen" (what the citizens do online is the topic, not how the seminar is held), nor a compound
  // that names a topic ("Online-Terminvergabe", "Online-Dienste"); "Online-Seminare" and "Online-Kurs" are the format.
  // Not "remote teams" or "virtuelle Führung": how a team works is the topic.
  [
    rx(
      '(?<!(?<![\\p{L}])(?:anträge|antrag|formulare?|verfahren|apply|applying|applications?|meetings?)\\s(?:for\\s+\\S+\\s+)?)online(?!\\s+applications?)(?!\\s+access)(?![- ]?(?:stellen|beantragen|einreichen|anbieten|bereitstellen|abwickeln|erledigen|bezahlen|ausfüllen|übermitteln|services?|dienste?n?|anträge?n?|verfahren)\\b)(?!-(?!(?:seminar|kurs|schulung|veranstaltung|angebot|format|training|workshop|fortbildung|weiterbildung|lehrgang|variante|teilnahme|termin|sitzung|course|class|session|event|webinar|sache|ding)(?:e|en|n|s|er|ern)?(?!\\p{L}))\\p{L})(?:[- ]?(?:seminare?n?|kurse?n?|schulungen|schulung|veranstaltung(?:en)?|angebote?|formate?n?))?|virtuell(?:e[nrs]?)?(?!\\s+(?:teams?|führung|zusammenarbeit))|webinare?n?|e-learning|remote(?!\\s+(?:teams?|leadership|management|führung|work\\w*))|digital\\s+teilnehmen|(?<!arbeite[nt]?\\s+(?:\\p{L}+\\s+){0,2})von\\s+zu\\s*hause(?!\\s+(?:aus\\s+)?(?:zu\\s+)?arbeite)|per\\s+video|(?<!arbeite[nt]?\\s+(?:\\p{L}+\\s+){0,2})(?:vom|aus\\s+dem)\\s+home-?office(?:\\s+aus)?|virtual(?:ly)?(?!\\s+teams?)|(?<!work(?:ing)?\\s)from\\s+home|remotely',
    ),
    'online',
  ],
  // "Muss ich da ins Rathaus kommen?": whether one has to come, not where.
  // Not "damit nicht jeder ins Rathaus kommen muss": what the citizens need not do.
  [
    rx(
      '(?<!(?:nicht|ohne|kein\\p{L}*)\\s+(?:\\S+\\s+){0,6})(?:ins|in\\s+das|zum|zur)\\s+\\p{L}+\\s+(?:kommen|fahren)|persönlich\\s+(?:kommen|erscheinen)|come\\s+in\\s+person|(?:come|go|travel)\\s+(?:in)?to\\s+(?:the\\s+)?(?:office|town\\s+hall|venue)(?=\\s+for\\s+(?:it|this|that)\\b)|in\\s+präsenz|präsenz(?:[- ]?(?:seminare?n?|kurse?n?|schulung(?:en)?|veranstaltung(?:en)?|termine?|format|angebote?n?|fortbildung(?:en)?))?|vor\\s+ort|persönlich|in\\s+person|in-person|on[- ]?site|face[- ]to[- ]face|classroom',
    ),
    'in_person',
  ],
];

const FROM_HOME = /hause|home|remotely/i;

const LANGUAGE: [RegExp, 'de' | 'en'][] = [
  // "English courses" are held in English; "Englisch für den Bürgerservice" teaches it (and is held in it, too).
  [
    rx(
      '(?:auf|in)\\s+englisch|englischsprachige?[nrs]?|in\\s+englischer\\s+sprache|in\\s+english|english[- ]language|english[- ]speaking|taught\\s+in\\s+english|englisch(?!\\s+für\\b)|english(?=\\s+(?:courses?|seminars?|trainings?|classes|workshops?|sessions?|offers?))|englische[n]?(?=\\s+(?:kurse?|seminare?|schulungen|angebote?|veranstaltungen|workshops?))',
    ),
    'en',
  ],
  [rx('(?:auf|in)\\s+deutsch|deutschsprachige?[nrs]?|in\\s+german|german[- ]language'), 'de'],
];

/** What "free" may follow to mean without a fee, whatever comes after ("anything free next month"). */
const OFFER_WORD = '(?:anything|something|everything|courses?|seminars?|trainings?|workshops?)';
const OFFER_FREE = new RegExp(`\\b${OFFER_WORD}\\s+(?:(?:are|is)\\s+)?free\\b`, 'i');
const FREE = rx(
  `(?<=kost(?:et|en)\\s+(?:\\S+\\s+){0,3}?)(?:nix|nichts)|(?:nix|nichts)(?=\\s+kost(?:et|en)\\b)|(?:nix|nichts),?\\s+(?:was|das)\\s+(?:\\S+\\s+)?kost(?:et|en)\\b|kostenlos(?:e[nrs]?)?|kostenfrei(?:e[nrs]?)?|gebührenfrei(?:e[nrs]?)?|gratis|umsonst(?:e[nrs]?)?|ohne\\s+(?:teilnahme)?gebühr|ohne\\s+kosten|free\\s+of\\s+charge|for\\s+free|no\\s+(?:fee|cost|charge)|(?<=\\b${OFFER_WORD}\\s+(?:(?:are|is)\\s+)?)free\\b|(?<!seats?\\s|barrier-)free(?!\\s+(?:seats?|places?|spots?|in(?![- ]person)|on|at|next|this|from|until|during|after|before|time|days?|slots?|hours?|mornings?|afternoons?|evenings?|moments?)\\b)|cost[- ]free|at\\s+no\\s+cost`,
);
const MULTI_DAY = rx(
  'mehrtägige?[nrs]?|über\\s+mehrere\\s+tage|mehrere\\s+tage|zwei-?\\s*tägige?[nrs]?|drei-?\\s*tägige?[nrs]?|2-tägige?[nrs]?|3-tägige?[nrs]?|multi-?day|several\\s+days|more\\s+than\\s+(?:one|a)\\s+day|longer\\s+than\\s+(?:one|a)\\s+day|(?:länger|mehr)\\s+als\\s+(?:einen|ein)\\s+tag|two-day|three-day' +
    // ("Seminare mit mehreren Terminen", "which seminars have several dates?"; not "gibt es mehrere Termine für …",
    // which asks for dates to choose from)
    '|(?:seminare|kurse|schulungen|courses|seminars|trainings?)\\s+(?:mit|haben|have|with)\\s+(?:mehreren?|several|multiple)\\s+(?:terminen?|sitzungen|dates|sessions)' +
    '|(?:über|auf)\\s+mehrere\\s+wochen(?:\\s+verteilt)?|spread\\s+over\\s+several\\s+weeks',
);
const SINGLE_DAY = rx(
  'nur\\s+(?:einen|1)\\s+tag|(?:only|just)\\s+(?:one|a\\s+single)\\s+day|eintägige?[nrs]?|ein-?tägige?[nrs]?|1-tägige?[nrs]?|an\\s+einem\\s+tag|one-day|single-day',
);
/** Half a day: one day of at most HALF_DAY_HOURS ("halbtägige Kurse" are not the full-day ones). */
// (with the bound said around it: "höchstens einen halben Tag", "half a day at most")
const HALF_DAY = rx(
  '(?:(?:höchstens|maximal|max\\.?|at\\s+most|no\\s+more\\s+than|nicht\\s+(?:mehr|länger)\\s+als)\\s+)?' +
    '(?:halbtägige?[nrs]?|halbtags|(?:einen\\s+)?halben\\s+tag|half-day|half\\s+a\\s+day)(?:,?\\s+at\\s+most|\\s+max(?:imum)?)?',
);
const HALF_DAY_HOURS = 4.5;
const SEATS_FILTER = rx(
  '(?:mit\\s+)?(?:noch\\s+)?(?:freie[nr]?\\s+plätze[n]?|plätze\\s+frei|platz\\s+frei|nicht\\s+ausgebucht|freien\\s+platz)|(?:noch\\s+)?(?:was|etwas)\\s+frei|noch\\s+frei(?=\\s*(?:$|[?.!,]))|(?:with\\s+)?(?:free|available|open)\\s+(?:seats?|places?|spots?)|(?:seats?|places?|spots?)\\s+(?:left|available)|not\\s+(?:fully\\s+)?booked(?:\\s+up)?|not\\s+full',
);

const ASKING_AS =
  "(?<=\\b(?:als|bin|ich\\s+bin\\s+(?:neu\\s+)?im|i'm|i\\s+am|as)\\s+(?:ein(?:e)?\\s+|an?\\s+|neue[rs]?\\s+|new\\s+)?)";
/** After "für" or "als": whom a course is for, or who asks ("für unsere Hausmeister", "als Erzieherin"). */
const FOR_OR_AS =
  "(?<=\\b(?:bin|als|für|fuer|for|as|am|i['’]m)\\s+(?:(?:den|die|unsere[n]?|meine[n]?|the|our|a|an|ein|eine|neue[n]?|new)\\s+)?)";
const AUDIENCES: [RegExp, string][] = [
  // Before the managers: "executive assistants" are assistants.
  [
    rx(
      'sekretär(?:in|innen|e)?|sekretariat\\w*|assistenz\\w*|vorzimmer\\w*|(?:executive\\s+|personal\\s+|office\\s+)?assistants?|secretar(?:y|ies)|office\\s+managers?',
    ),
    'sekretariat|sekretär|assistenz|vorzimmer|assistant',
  ],
  [
    rx(
      'führungskr(?:aft|äfte[n]?)|führungsposition|vorgesetzte[rn]?|leitungskr(?:aft|äfte)|chef(?:in|innen|s)?|(?:amts|abteilungs|sachgebiets|fachbereichs|bereichs|referats)leit(?:er|erin|erinnen|ung|ungen)|managers?|executives?|team\\s+lead(?:er)?s?|supervisors?|heads?\\s+of\\s+(?:a\\s+|the\\s+)?(?:department|unit|team|division)s?|leaders?|in\\s+a\\s+leadership\\s+role',
    ),
    'führungskr',
  ],
  [rx('projektleitung(?:en)?|projektleiter(?:in|innen)?|project\\s+managers?|project\\s+leads?'), 'projektleitung'],
  [rx('it-koordinator(?:in|innen|en)?|it\\s+coordinators?'), 'it-koordinator'],
  [
    rx('(?:it-|system)?administrator(?:in|innen|en)?|(?:(?:it|system)[- ])?admins?|(?:it|system)\\s+administrators?'),
    'administrator|it-administration|systemadministration',
  ],
  // Only as who asks ("als Personalrätin", "ich bin im Personalrat"): "Grundschulung für Personalräte" and "the
  // Digitallotsen qualification" name the subject.
  [
    rx(
      `${ASKING_AS}(?:personalr(?:at|ätin|atsmitglied)|personalvertret\\w*|works\\s+council\\s+member|(?:a\\s+)?member\\s+of\\s+the\\s+(?:works|staff)\\s+council)`,
    ),
    'personalrat|personalvertret',
  ],
  [rx(`${ASKING_AS}(?:digitallots(?:e|in)|digital\\s+guide)`), 'digitallots|digital guide'],
  [
    rx(`${ASKING_AS}(?:ausbilder(?:in|innen)?|ausbildungsbeauftragte[rn]?|ausbildungsleit(?:er|erin|ung))`),
    'ausbilder|ausbildende|ausbildungsbeauftragt|ausbildungsleit|praxisanleit',
  ],
  [
    rx(
      'alle\\s+(?:beschäftigten|mitarbeite(?:r|nden|rinnen)(?:\\s+und\\s+mitarbeiter)?|kolleginnen\\s+und\\s+kollegen)|all\\s+(?:staff|employees)',
    ),
    'alle beschäftigten|alle mitarbeit|all staff|alle kolleg',
  ],
  [
    rx('informationssicherheitsbeauftragte[rn]?|(?:information\\s+)?security\\s+officers?'),
    'informationssicherheitsbeauftragte',
  ],
  // Who the course is for or who asks, named after "für"/"als" ("Fortbildungen für Hausmeister", "für Erzieherinnen in
  // der Kita"): the audience field says it ("Hausmeisterinnen und Hausmeister").
  [rx(`${FOR_OR_AS}(?:hausmeister(?:in|innen|n)?|caretakers?|janitors?)`), 'hausmeister|caretaker'],
  // ("für Kita-Leitungen": those who lead a Kita, not every educator)
  [
    rx(
      `${FOR_OR_AS}(?:kita-?leitung(?:en)?|kita-?leiter(?:in|innen)?|(?:heads|managers|directors)\\s+of\\s+(?:a\\s+)?(?:kitas?|daycare\\s+cent(?:er|re)s?))`,
    ),
    'kita-leitung|kitaleitung|kita leitung|leitung der kita|leitungen der kita|leitung kommunaler kindertag|leitungen kommunaler kindertag|leitung von kita|leitungen von kita|leitung von kindertag|leitungen von kindertag',
  ],
  [
    rx(
      `${FOR_OR_AS}(?:erzieher(?:in|innen)?|kita-?(?:personal|teams?|beschäftigte|fachkräfte)|pädagogische[n]?\\s+fachkräfte[n]?|daycare\\s+(?:teachers|staff|workers)|nursery\\s+(?:teachers|staff))`,
    ),
    'erzieh|kindertage|kita|pädagogische fachkr|daycare',
  ],
  // A team leader is a manager: the courses for managers are hers too.
  [rx('teamleitung(?:en)?|teamleiter(?:in|innen)?'), 'teamleitung|führungskr'],
  // "was gibts für den Bauhof": the courses for its staff, whether the title names it or only the audience (not "für
  // den Bauhof ein neues Fahrzeug beschaffen": what is done for it).
  [
    rx(
      '(?<=\\b(?:für|for)\\s+(?:(?:den|die|unseren?|unsere|einen|the|our)\\s+)?(?:(?:\\p{L}+\\s+)?(?:vom|im|aus\\s+dem|from\\s+the|at\\s+the)\\s+)?)(?:bauhof|bauhöfe|betriebshof)\\p{L}*(?:\\s+(?:staff|workers|employees|team|crews?|guys|folks|people|leute|jungs|mitarbeite\\p{L}*|beschäftigte\\p{L}*|kolleg\\p{L}*))?(?=\\s*(?:[?.!,;:–-]|$)|\\s+(?:im|in|am|ab|an|nächste\\p{L}*|diese\\p{L}*|next|this|online|vor)\\b)',
    ),
    'bauhof|bauhöf|betriebshof',
  ],
  // Leading a team is being a manager, not a question about the Teams app ("Ich leite ab Januar ein Team").
  [
    rx(
      '(?<=\\bleite\\s+(?:\\S+\\s+){0,5})(?:ein(?:e|en)?|das|unser(?:e|en)?|mein(?:e|en)?)\\s+team|(?:lead(?:ing)?|manag(?:e|ing)|run(?:ning)?)\\s+(?:a|my|the|our)\\s+(?:\\p{L}+\\s+)?team',
    ),
    'führungskr',
  ],
  [
    rx('(?:anfänger(?:in|innen)?|einsteiger(?:in|innen)?|beginners?|ohne\\s+vorkenntnisse|no\\s+prior\\s+knowledge)'),
    'ohne vorkenntnisse|einsteiger|anfänger|grundlagen|grundkurs|beginner',
  ],
  // Trainees as the ones asking or the ones it is for ("ich bin Azubi", "für unsere Azubis"), not "Azubis betreuen".
  [
    rx(
      "(?<=(?:bin|als|für|fuer|for|am|i'm)\\s+(?:(?:ein|eine|unsere?n?|die|neue[n]?|meine[n]?|an?|our|new)\\s+)?)(?:azubis?|auszubildende[rn]?|anwärter(?:in|innen)?|trainees?|apprentices?)(?!\\s*(?:-|–)\\s*(?:\\p{L}+\\s+)?(?:was|gibt|betreu|ausbild))|in\\s+(?:der|meiner)\\s+ausbildung",
    ),
    'auszubild|azubi|anwärter|trainee|apprentice',
  ],
];
/**
 * The level of a course ("Excel für Fortgeschrittene", "excel fortgeschritten", "Einsteigerkurs"): read from the
 * audience and title like an audience, whoever asks; the word stays a search word for courses that say it elsewhere.
 */
const LEVELS: [RegExp, string][] = [
  [
    rx(
      'anfänger\\w*|einsteiger\\w*|beginners?|grundkurs\\w*|basiskurs\\w*|introductory|ohne\\s+vorkenntnisse|no\\s+prior\\s+knowledge',
    ),
    'ohne vorkenntnisse|einsteiger|anfänger|grundlagen|grundkurs|beginner',
  ],
  [
    rx('fortgeschritten\\w*|aufbaukurs\\w*|aufbauseminar\\w*|aufbauschulung\\w*|advanced|vertiefung\\w*'),
    'fortgeschritten|aufbau|advanced|vertief',
  ],
];
/** "Ich bin neu in der Personalabteilung", "als Gemeinde": who asks, not what about (new managers are managers). */
const ASKER = rx(
  "(?:ich\\s+bin|i\\s*am|i'm)\\s+(?:noch\\s+|ganz\\s+|relativ\\s+)?(?:neu|seit\\s+kurzem|frisch|new)(?=\\s)|(?<=\\bwir\\s+(?:\\S+\\s+){0,3})als\\s+(?:gemeinde|kommune|stadt|kreis|landkreis|verwaltung|behörde|amt|team)",
);
/** Where the asker works: "ich bin neu im Bürgerservice", "ich arbeite in der Kfz-Zulassung", "I work at the front desk". */
const WORKPLACE = rx(
  // ("I'm new at the citizens' office": the office, whoever's it is)
  // ("ich soll in unserem Bauhof in Allstedt Ersthelfer werden", "wir wären zu dritt aus dem Ordnungsamt Allstedt")
  "(?:ich\\s+(?:bin|arbeite|soll|sitze)|wir\\s+(?:sind|arbeiten|wären|sollen|wollen|möchten|sitzen)|(?<=^|[,.;:–-]\\s*)(?:bin|arbeite)|i\\s+work|i\\s+(?:just\\s+|recently\\s+)?(?:started|began|joined)|i['’]m|i\\s+am|we['’]re|we\\s+are)\\s+(?:\\S+\\s+){0,3}?(?:im|in\\s+der|beim|bei\\s+der|in\\s+unsere[mr]|aus\\s+dem|aus\\s+unsere[mr]|in\\s+the|at\\s+the|in\\s+an?|at\\s+an?)\\s+(?:\\p{L}+['’]s?\\s+)?(\\p{L}[\\p{L}-]*)|" +
    'ich\\s+leite\\s+(?:\\S+\\s+){0,2}?(?:ein(?:e|en)?|das|die|den|unser(?:e|en)?)\\s+(\\p{L}[\\p{L}-]*)',
);
// (Not what one is responsible for: "für den Friedhof zuständig" names the subject.)
const FOR_WHOM =
  /(\p{L}[\p{L}-]+)\s+für\s+(?:die|den|das|dem|n|ne|nen|unsere?n?|meine?n?)\s+(\p{L}[\p{L}-]+)(?![\p{L}-]|\s+(?:zuständig|verantwortlich))/gu;
/** "What's in the programme next month?": the catalogue itself, no subject and no place. */
const THE_PROGRAMME = rx(
  '(?:(?:in|on|im|auf)\\s+)?(?:the|this|our|your|dem|ihrem|eurem|unserem)\\s+(?:current\\s+|aktuellen\\s+|whole\\s+|ganzen\\s+)?(?:programmes?|programs?|programm)(?![\\p{L}])',
);
/** A question about what to do in a situation ("Was tun, wenn …", "What can I do when …"), and where it happens. */
const SITUATION = rx(
  // ("people sometimes get really angry at the counter", told)
  '(?:people|citizens|customers|callers|visitors|bürger|kunden|leute)\\s+(?:\\p{L}+\\s+){0,2}?(?:get|gets|become|becomes|werden|wird)\\s+(?:really\\s+|very\\s+|richtig\\s+|sehr\\s+)?(?:angry|aggressive|rude|abusive|laut|aggressiv|ausfällig|unfreundlich)|' +
    '(?:was\\s+(?:tun|mache?\\s+ich|kann\\s+ich\\s+tun|soll\\s+ich\\s+tun|macht\\s+man)|what\\s+(?:can|should|do)\\s+(?:i|we|you)\\s+do|what\\s+to\\s+do|how\\s+(?:do|can|should)\\s+(?:i|we|you)\\s+(?:react|respond|deal|cope))\\s*,?\\s*(?:wenn|falls|when|if)(?=\\s)',
);
const PEOPLE =
  /^(?:bürger(?:innen)?|bürgern|citizens|residents|kund(?:en|innen)|customers|besucher(?:innen)?|visitors|leute[n]?|people|antragsteller(?:innen)?|applicants|anrufer(?:innen)?|callers)$/;
const SITUATION_PLACE = /\b(?:am|an\s+der|beim|at\s+the|on\s+the)\s+(\p{L}[\p{L}-]*)/iu;
/** Where that office is ("im Standesamt Niebüll", "in the cash office in Tönning"): the asker's town, not the course's. */
const WORKPLACE_TOWN =
  /^\s+(?:der|des)\s+(?:[Ss]tadt|[Gg]emeinde|[Ss]amtgemeinde|[Vv]erbandsgemeinde|[Kk]reisstadt|[Ll]andkreises|[Kk]reises|[Aa]mtes|[Vv]erwaltung)\s+\p{L}[\p{L}-]*(?:\s*\([^)]*\))?|^(?:\s+\p{Ll}+)?\s+(?:in|auf|at|on)\s+(?:der\s+|dem\s+|the\s+)?\p{L}[\p{L}-]*|^\s+\p{Lu}[\p{L}-]*(?=\s*(?:[,.;:!?–-]|$|\s+(?:und|and|–)\s))/u;
const EMPLOYER_KIND =
  '(?:Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Marktgemeinde|Kreisstadt|Hansestadt|Landkreises|Kreises|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung)';
/**
 * "im Personalrat der Stadt Gladenbach", "die Kämmerei der Gemeinde X", "Die Stadt Eisenach muss …" (a story's
 * beginning): whose office, not a place or topic.
 */
const EMPLOYER = new RegExp(
  `(?<=\\p{Lu}\\p{Ll}+\\s)(?:der|des)\\s+${EMPLOYER_KIND}\\s+\\p{Lu}[\\p{L}-]*(?:\\s*\\([^)]*\\))?|^\\W*(?:Die|Der|Unsere)\\s+(?:Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Kreisverwaltung|Stadtverwaltung)\\s+\\p{Lu}[\\p{L}-]*(?=\\s+(?:muss|müssen|will|soll|plant|möchte|braucht|stellt|hat|bekommt|führt)\\b)`,
  'u',
);
/** "Muss ich dafür extra nach Marburg fahren?": the way there, asked with where the seminar is, is no place filter. */
const TRAVEL = rx(
  '(?:extra\\s+)?(?:nach|an\\s+den|an\\s+die)\\s+\\p{Lu}[\\p{L}-]*\\s+(?:fahren|kommen|reisen|pendeln)|(?:travel|drive|commute|go)\\s+(?:all\\s+the\\s+way\\s+)?to\\s+\\p{Lu}[\\p{L}-]*',
);
/** "Meine Kollegin aus Gadebusch schwärmt …": where a colleague works, not where the course is. */
/** "unser Bürgermeister in Ampfing": whose town it is, not where a course is (capitals tell the town). */
const TOWN_PEOPLE = new RegExp(
  `${W}(?:[Uu]nser|[Uu]nsere|[Mm]ein|[Mm]eine)\\s+(?:[Bb]ürgermeister(?:in)?|[Ll]andrat|[Ll]andrätin|[Gg]emeinde|[Ss]tadt|[Vv]erwaltung|[Rr]athaus)\\s+(?:in|aus)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?`,
  'u',
);
const COLLEAGUE_FROM = rx(
  '(?<=\\b(?:meine|mein|unsere|unser|eine|die|der|ein)\\s+(?:neuen?\\s+|neuer\\s+)?(?:kolleg(?:in|e|en|innen)|fahrer(?:in)?|chef(?:in)?)(?:\\s+(?:frau|herr)\\s+\\p{Lu}[\\p{L}-]*)?\\s+)aus\\s+(?:der\\s+|dem\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?|(?<=\\b(?:my|our|a)\\s+(?:new\\s+)?colleagues?\\s+)from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*',
);
/** "Which courses can I join online from Poitiers?", "a colleague from Maribor": where someone is, not the course. */
const ORIGIN = rx(
  "(?<=^\\W*|\\b(?:kolleg\\w*|ich|wir|mitarbeit\\w*|gäste|besucher\\w*|delegation)\\s+)aus\\s+\\p{Lu}[\\p{L}-]*(?=\\s+(?:und|kommt|kommen|ist|sind|möchte|will|wollen)\\b)|(?<=\\b(?:online|remotely|join|attend|participate|visiting|coming|colleagues?|guests?|visitors?|delegation|exchange|here|i'm|i\\s+am|we're|we\\s+are)\\s+(?:\\S+\\s+){0,2}?)from\\s+(?!home\\b)\\p{L}[\\p{L}-]*",
);
/** Words every seminar of the catalogue is about. */
export const GENERIC_NOUN = /^(?:verwaltung|verwaltungen|administration|ausbildung)$/;
/** Where the asker lives or comes from ("I live in Neuhaus am Inn", "ich wohne in Pocking"): no place of a course. */
const RESIDENCE = rx(
  '(?:ich\\s+wohne|wir\\s+wohnen|ich\\s+komme|i\\s+live|we\\s+live|i\\s+come)\\s+(?:in|im|aus|at|near|from|bei)\\s+\\p{L}[\\p{L}-]*(?:\\s+(?:am|an\\s+der|im|in\\s+der|ob\\s+der|on\\s+the)\\s+\\p{L}[\\p{L}-]*)?',
);
/** Pointing at a place named before ("gibt es dort etwas?", "anything there?"; not "is there"). */
const THERE =
  /\b(?:dort|dorthin|in\s+meiner\s+nähe|bei\s+mir\s+in\s+der\s+nähe|near\s+me|nearby|close\s+to\s+home)\b|(?<!\b(?:is|are|was|were)\s)\bthere\b(?!\s+(?:is|are)\b)/i;
/** "Ich bin Digitallotsin in Bremerhaven", "Ich wurde in Kaarst … ernannt": the asker's town (a name after "in", with case). */
const ROLE_TOWN =
  /(?<=\b[Ii]ch\s+(?:bin|arbeite|wurde|werde)\s+(?:\S+\s+){0,2}?)in\s+\p{Lu}[\p{L}-]*(?:\s+(?:am|an\s+der|im)\s+\p{Lu}[\p{L}-]*)?/u;
/** The asker is new to it ("seit Kurzem", "gerade … geworden"): with an audience, the courses for newcomers come first. */
const NEWCOMER = rx(
  `seit\\s+(?:anfang\\s+|mitte\\s+|ende\\s+)?(?:${MONTH_NAMES})|seit\\s+(?:ein\\s+paar|einigen|wenigen|zwei|drei)\\s+(?:wochen|monaten)|` +
    "zum\\s+ersten\\s+mal|erstmals|for\\s+the\\s+first\\s+time|(?:ich\\s+bin|i\\s*am|i'm)\\s+(?:noch\\s+|ganz\\s+|relativ\\s+)?(?:(?:ein|eine|an?)\\s+)?(?:neu|neue[rn]?|frisch|new)(?=\\s)|seit\\s+kurzem|gerade\\s+(?:\\S+\\s+){1,2}geworden|newly\\s+(?:appointed|promoted)|(?:werde|übernehme)\\s+(?:bald|demnächst|in\\s+kürze)|meine\\s+erste\\s+(?:team|stelle|leitung|führung)|(?:will|'ll)\\s+(?:soon\\s+)?(?:become|be\\s+(?:taking\\s+over|promoted|made|appointed)|take\\s+over)|ins\\s+kalte\\s+wasser|deep\\s+end|just\\s+(?:become|became|been\\s+(?:promoted|made|appointed))",
);
const OWN_PEOPLE = rx(
  '(?:mein(?:em|en|er|es|e)?|unser(?:em|en|er|es|e)?|dein(?:em|en|es|e)?|sein(?:em|en|er|es|e)?|ihre[mnrs]?|my|our|your|his|their)\\s+(?:(?:beiden|zwei|drei|two|three|both)\\s+)?(?:neue[nrm]?\\s+|new\\s+)?(?:team\\s+lead(?:er)?|team|teams|kolleg(?:e|en|in|innen|inn?en und kollegen)|chef(?:in)?|vorgesetzte[rn]?|bürgermeister(?:in)?|personalr(?:at|ätin|äte)|landrat|landrätin|amtsleit(?:er|erin|ung)|boss|manager|line\\s+manager|supervisor|head\\s+of\\s+(?:department|unit)|mayor|colleagues?|mitarbeit(?:er|erinnen|ende[n]?)|leute[n]?|abteilung|amt|fachbereich|staff|colleagues|people|gemeinde|kommune|stadt|stadtverwaltung|gemeindeverwaltung|verwaltung|behörde|dienststelle|rathaus|municipality|town|council)',
);
/** "Ich hätte diese Woche noch etwas Luft im Kalender": time to spare, not a course on calendars. */
const FREE_TIME = rx(
  // (not "mehr Luft im Kalender", which wishes for it: time management)
  '(?<!\\bmehr\\s)(?:(?:noch|etwas|ein\\s+bisschen|bisschen|viel)\\s+)*(?:luft|zeit|platz|lücken?|space|room)\\s+(?:im|in\\s+meinem|in\\s+my|in\\s+the)\\s+(?:kalender|terminkalender|calendar|schedule)',
);
/**
 * The asker says when they can ("Nächste Woche kann ich nur vormittags", "Ich habe nur dienstags Zeit"): a question
 * pointing back at that ("Gibt es da etwas?") asks by those times.
 */
const AVAILABLE =
  /\b(?:(?:kann|könnte|habe|hab|hätte|bin|wäre)\s+ich|ich\s+(?:kann|könnte|habe|hab|hätte|bin|wäre))\s+(?:\S+\s+){0,4}?(?:nur|zeit|frei|luft|verfügbar)\b|\bi(?:'m|\s+am|\s+have|\s+could|\s+can)\s+(?:\S+\s+){0,4}?(?:only|free|time|available)\b|\b(?:weniger|nicht\s+(?:so\s+)?viel)\s+los\b|\b(?:ruhiger|less\s+busy|quieter)\b/i;
const AT_WORK = rx(
  '(?:at|from\\s+sitting\\s+at)\\s+(?:my|the|a)\\s+desk(?:\\s+all\\s+day)?|am\\s+schreibtisch|bei\\s+der\\s+arbeit|auf\\s+der\\s+arbeit|im\\s+job|im\\s+dienst|im\\s+büro|in\\s+unserem\\s+büro|bei\\s+uns\\s+im\\s+(?:team|amt|büro|haus|referat|sachgebiet|fachbereich|fachdienst)|at\\s+work|on\\s+the\\s+job|in\\s+(?:the|our|my)\\s+office|(?:von|vom|aus)\\s+(?:meinem|unserem|dem)\\s+(?:büro|arbeitsplatz|schreibtisch)(?:\\s+aus)?',
);
/** "Konflikte im Team": where the subject happens, not Microsoft Teams nor teamwork as a topic. */
const IN_THE_TEAM = rx('(?<=\\p{L}\\s+)(?:im|in\\s+(?:the|a|my|our)|within\\s+(?:the|a|my|our))\\s+team(?![\\p{L}])');
/** "laut meiner Vorgesetzten möglichst schnell", "ins kalte Wasser geworfen": whose wish, how soon, how new, no topic. */
const STORY_ASIDES = rx(
  // ("Mehr Luft im Terminkalender oder wie der hieß": a half-remembered title)
  '(?:,\\s*)?(?:oder\\s+(?:wie\\s+(?:der|die|das|er|sie|es)\\s+(?:genau\\s+)?(?:hieß|heißt|hiess|heisst)|so\\s+ähnlich|so\\s+was|so)|or\\s+(?:something\\s+like\\s+that|whatever\\s+it.?s\\s+called))(?=\\s*[?.!]?\\s*$)|' +
    // ("kann ich auch vom Büro aus per Video teilnehmen?": from where the asker would join; "muss ich dafür ins Büro oder
    // geht das von zuhause?": whether one must travel, asked)
    '(?<=\\b(?:muss|müsste|müssen)\\s+(?:ich|man|wir)\\s+(?:(?:da|dort|dafür|extra)\\s+)?)(?:ins|in\\s+das|zum|zur)\\s+(?:büro|rathaus|landratsamt|amt|kreishaus)(?:\\s+(?:kommen|fahren|gehen))?|(?<=\\b(?:geht|klappt|funktioniert)\\s+(?:das|es)\\s+(?:auch\\s+)?)(?:von\\s+(?:zu\\s*hause|daheim)|vom\\s+(?:schreibtisch|arbeitsplatz|büro|pc|rechner|laptop))(?:\\s+aus)?(?=\\s*[?.!]?\\s*$)|' +
    '(?:vom|von\\s+meinem|aus\\s+dem|from\\s+(?:my|the))\\s+(?:büro|arbeitsplatz|schreibtisch|office|desk)(?:\\s+aus)?(?=\\s+(?:per|über|via|online|digital|mit|teilnehmen|dabei|zuschalten|join|attend|participate|take\\s+part)\\b)|' +
    '(?:(?:ich\\s+)?(?:fühle|fühlte)\\s+mich\\s+(?:\\S+\\s+){0,2}?)?ins\\s+kalte\\s+wasser\\s+(?:geworfen|gesprungen|geschubst|gestoßen)|(?:thrown|dropped)\\s+in\\s+at\\s+the\\s+deep\\s+end|laut\\s+(?:meine[rm]|unsere[rm]|ihre[rm]|seine[rm]|de[rm])\\s+\\p{L}+|(?:möglichst|so)\\s+schnell(?:\\s+wie\\s+möglich)?|schnellstmöglich|as\\s+(?:quickly|soon)\\s+as\\s+possible|bescheid\\s+(?:geben|sagen)|(?:oh\\s+)?(?:what\\s+a\\s+pity|too\\s+bad|(?:wie|sehr)\\s+schade)|my\\s+(?:german|english)\\s+is\\s+(?:still\\s+)?(?:(?:very|quite|rather|a\\s+bit)\\s+)?(?:basic|limited|poor|rusty|not\\s+(?:very\\s+|so\\s+)?good)|mein\\s+(?:deutsch|englisch)\\s+ist\\s+(?:noch\\s+)?(?:nicht\\s+so\\s+gut|eingerostet|sehr\\s+einfach)',
);
/** "Welche Seminare kämen da in Frage?": being suitable, no place ("in Frage") and no topic. */
const COMES_INTO_QUESTION = rx(
  '(?:kommen|kämen|kommt|käme|komme)\\s+(?:\\S+\\s+){0,3}?(?:in\\s+frage|infrage|in\\s+betracht)|(?:in\\s+frage|infrage|in\\s+betracht)\\s+(?:kommen|kämen|kommt|käme)',
);
/** "Muss ich dafür irgendwohin fahren?": going there is how one attends, no topic ("fahren" is no "Verfahren"). */
const GOING_THERE = rx(
  '(?:irgendwohin|woanders\\s*hin|extra|dahin|dorthin|hin|(?:so\\s+|zu\\s+)?weit)\\s+(?:fahren|kommen|reisen|gehen|pendeln)|anreisen|weite\\s+wege|lange\\s+anfahrt(?:en)?|(?<=\\b(?:have|need)\\s+to\\s+)(?:travel|go|come)\\s+(?:there|somewhere)|(?<=\\b(?:muss|müsste|müssen)\\s+(?:ich|man|wir)\\s+)nach\\s+\\p{L}+\\s+fahren|von\\s+(?:meinem|unserem)\\s+(?:büro|arbeitsplatz|schreibtisch)\\s+aus',
);
/** "aber nicht online", "keine Online-Seminare", "not in person", "das nicht in Präsenz ist": any other format. */
const NOT_FORMAT = rx(
  '(?<!^\\W*(?:ist|sind|findet|is|are)\\s+(?:\\S+\\s+){0,3})(?:nicht|kein(?:e[nrs]?)?|not|no)\\s+(?!(?:nur|only|auch|also|just)\\b)(?:(?:als|als\\s+eine?|as|held)\\s+)?(online|digital|in\\s+präsenz|präsenz|vor\\s+ort|in[- ]person|on[- ]?site|hybrid)(?:-?(?:seminare?|kurse?|schulung(?:en)?|veranstaltung(?:en)?|courses?|seminars?|sessions?|trainings?))?',
);
/**
 * "alles von der VHS außer Excel", "Office-Schulungen, aber bitte kein Excel", "anything except leadership courses":
 * a subject not wanted, said at the end.
 */
const EXCEPT = rx(
  '(?:außer|ausser|except(?:\\s+for)?|apart\\s+from|other\\s+than|(?<=[,;:–—-]\\s{0,3})(?:aber\\s+(?:bitte\\s+)?(?:kein(?:e[nrs]?)?|nicht)|but\\s+(?:please\\s+)?(?:not|no)))\\s+(?!(?:ahnung|zeit|lust|erfahrung|vorkenntnisse|idea|time|experience)\\b)([\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+)?)(?=\\s*,?\\s*(?:bitte|please)?\\s*[?.!]*\\s*$)',
);
/** "nicht auf Englisch", "not in English": in the other language. */
const NOT_LANGUAGE = rx('(?:nicht|not)\\s+(?:auf|in)\\s+(englisch|english|deutsch|german)');
/** "keine mehrtägigen", "die nicht mehrere Tage dauern", "no multi-day courses": one day. */
const NOT_MULTI_DAY = rx(
  '(?:kein(?:e[nrs]?)?|nicht|not|no)\\s+(?:über\\s+)?(?:mehrtägige?[nrs]?|mehrere\\s+tage|multi-?day|several\\s+days)',
);
/** "Ich lerne lieber vor Ort als online": the format one would rather not have is not asked for. */
const RATHER_NOT_FORMAT = rx(
  '(?<=\\b(?:lieber|eher|rather|prefer\\p{L}*)\\s+(?:\\S+\\s+){0,4}?)(?:als|than|over|statt|instead\\s+of)\\s+(?:online|digital|in\\s+präsenz|vor\\s+ort|in[- ]person|on[- ]?site|hybrid)',
);
/** "für Kolleginnen und Kollegen im Bauamt", "Mitarbeitende der Zuwanderungsbehörde": the people are whom it is for; their office says what about. */
const PEOPLE_OF = rx(
  '(?:kolleg(?:e|en|in|innen)|mitarbeit(?:er|erinnen|ende[n]?)|beschäftigte[n]?)(?:\\s+und\\s+(?:kolleg(?:e|en)|mitarbeiter))?(?=\\s+(?:im|in\\s+der|in\\s+den|der|des|aus\\s+dem|aus\\s+der|vom|von\\s+der)\\s)',
);
/** "people working in a …", "staff who work at the …": the audience's office follows. */
const PEOPLE_WORKING = rx(
  '(?:people|staff|those|colleagues|employees|anyone|someone|folks|guys)\\s+(?:who\\s+(?:work|works|are)|working)\\s+(?:in|at|as|for)(?:\\s+(?:a|an|the|our))?',
);
/** An audience is a filter only when the user says who they are or whom it is for. */
/** An audience asked for, not only told: "für mich", "für Führungskräfte", "aimed at", "geeignet". */
const AUDIENCE_ASKED = /\b(für|fuer|for|richte[nt]?\s+sich|aimed\s+at|geeignet|suitable|passend|passt)\b/i;
const AUDIENCE_CONTEXT =
  /\b(ich\s+bin|ich\s+leite|i\s+lead|i\s+manage|i\s+run|als|für|fuer|i\s*am|i'm|as\s+an?|for|richte[nt]?\s+sich\s+an|aimed\s+at|anything\s+for)\b/i;
/** "Führungskräfte-Seminare", "Azubi-Kurse": the kind of course right after whom it is for. */
const COURSES_AFTER = /^-(?:seminare?|kurse?|schulung(?:en)?|fortbildung(?:en)?|angebote?)(?![\p{L}])/iu;

/** "MS Teams", "MS Office" are Microsoft's, no Ms. */
const NOT_MS =
  '(?!\\s+(?:teams|office|word|excel|outlook|project|access|powerpoint|sharepoint|forms|planner|onenote|365)\\b)';
const HONORIFIC = `(?:[Ff]rau|[Hh]errn?|M(?:s|rs|r)\\.?${NOT_MS}|Miss|[Dd]r\\.?|[Pp]rof\\.)`;
const NAME = '\\p{Lu}[\\p{L}-]+';
/** "Frau Lange", "Herrn Dr. Albers", "Trainerin Schneider". */
const TRAINER = new RegExp(
  `${W}(?:${HONORIFIC}\\s+)+(${NAME}(?:\\s+${NAME})?)|${W}(?:[Tt]rainer(?:in)?|[Rr]eferent(?:in)?|[Dd]ozent(?:in)?)\\s+(${NAME}(?:\\s+${NAME})?)`,
  'u',
);

const COLLEAGUE_NAMED = new RegExp(
  `${W}(?:kolleg(?:e|in|en|innen)|chef(?:in)?|vorgesetzte[rn]?|geschäftsleiter(?:in)?|bürgermeister(?:in)?|fahrer(?:in)?|amtsleiter(?:in)?|colleague|boss|manager|supervisor|driver)\\s+(?:${HONORIFIC}\\s+)+${NAME}(?:\\s+${NAME})?`,
  'iu',
);

/** "Which courses does Claire Dubois teach?", "taught by Claire Dubois": a name without a title. */
const TRAINER_EN = new RegExp(
  `${W}(?:does|do)\\s+(${NAME}(?:\\s+${NAME})?)\\s+(?:teach|run|give|lead)|${W}(?:taught|run|given|led)\\s+by\\s+(${NAME}(?:\\s+${NAME})?)`,
  'u',
);
const TRAINER_LOWER = new RegExp(
  `${W}(?:frau|herrn?|mr\\.?|ms\\.?${NOT_MS}|mrs\\.?|dr\\.?)\\s+(?:dr\\.?\\s+)?(\\p{L}[\\p{L}-]+)`,
  'u',
);

const OFFERING_AFTER = /^\s+(?:courses?|seminars?|trainings?|workshops?|class(?:es)?|sessions?)\b/i;
/** The bracketed part of a town's name: "Waren (Müritz)", "Neustadt (Wied)". */
const TOWN_SUFFIX = '(?:\\s*\\((\\p{L}[\\p{L} .-]*)\\))?';
const PLACE = new RegExp(
  // "im Haus der StädteRegion", "im Kreishaus des Rhein-Kreises Neuss": a genitive belongs to the place.
  // "im Rathaus St. Johann": a saint's name is one word of the place.
  `${W}(?:in|im|am|at|near|nach|bei|auf\\s+dem)\\s+(?:der\\s+|dem\\s+|den\\s+|the\\s+)?(${NAME}(?:\\s+(?:St\\.\\s*)?${NAME}){0,2}(?:\\s+(?:der|des)\\s+${NAME}(?:\\s+${NAME})?)?)${TOWN_SUFFIX}`,
  'gu',
);
const ROOM = rx(
  '(?:(?:im|in|in\\s+the|at|for)\\s+)?(raum|zimmer|room|saal)\\s+((?:\\p{L}{1,2}[.-]?)?\\d+(?:[.-]\\d+)*\\p{L}?)',
);
const ASKER_IS = String.raw`^\W*wir|\bwir\s+sind|\bich\s+bin|\bwe\s+are|\bwe're|\bi'm|\bi\s+am`;
/** "Wir in Gerstungen …", "Wir sind im Hauptamt …": where the asker is, before a place. */
const ASKER_AT = new RegExp(`(?:${ASKER_IS})\\s*$`, 'iu');
/** Asking back for a length or price the story gave: "Welche Seminare sind so kurz?", "anything that cheap?". */
const SO_BACK = /\b(?:so|that|this)\s+(?:kurz|kurze|kurzen|günstig|günstige|billig|short|cheap)\b/i;
/**
 * The clause of where the asker sits ("Ich sitze allein im Vorzimmer … in Ampfing"): its places are theirs. (Where one
 * works "am Empfang" is what a story is about, read with the story.)
 */
const ASKER_SITS = /\b(?:ich\s+sitze|sitze\s+ich|wir\s+sitzen|sitzen\s+wir|i\s+sit)\b/iu;
/** … or what is the asker's ("Unsere Kämmerei in …", "my team in …"): either way the place after it is the asker's. */
const OWN_BEFORE = new RegExp(
  `(?:\\b(?:unser|unsere|unserer|unserem|unseren|unseres|mein|meine|meiner|meinem|meinen|meines|our|my)\\s+\\p{L}[\\p{L}-]*|${ASKER_IS})\\s*$`,
  'iu',
);
/**
 * Typed all in lower case ("was gibts in marl"): the word after the preposition, checked against the catalogue; after a
 * building, the town's name too ("im rathaus lindenberg").
 */
const PLACE_LOWER = new RegExp(
  `${W}(?:in|im|am|at|near|bei|auf\\s+dem)\\s+(?:der\\s+|dem\\s+|den\\s+|the\\s+)?((?:(?:gro(?:ß|ss)en|kleinen|oberen|unteren|technischen|neuen|alten)\\s+)?\\p{L}[\\p{L}-]{2,}(?:(?<=(?:haus|amt|zentrum|verwaltung|hof))\\s+(?:des\\s+|st\\.?\\s*|sankt\\s+|bad\\s+)?\\p{L}[\\p{L}-]{2,})?)${TOWN_SUFFIX}`,
  'gu',
);
const NOT_PLACES = new RegExp(
  `^(?:${MONTH_WORDS}|englisch|english|deutsch|german|präsenz|stück|umstellung|arbeitsplatz|person|online|teams|verwaltung|kommune|zukunft|januar|frühjahr|sommer|herbst|winter|rahmen|bereich|thema|form|nähe|woche|monat|jahr|zeitraum|zeit|ki|it|programm|angebot|kalender|terminkalender|amt|büro|team|alltag|dienst|arbeit|work|schreibtisch|word|excel|outlook|powerpoint|pension|rente|ruhestand|urlaub|elternzeit|stadt|gemeinde|kreis|landkreis|city|town|county)$`,
  'i',
);
const PROVIDER = new RegExp(
  `${W}(?:bietet|bieten|hat|macht|vom|von|des|der|beim|from|by|at)\\s+(?:das\\s+|der\\s+|dem\\s+|die\\s+|the\\s+)?(\\p{Lu}[\\p{L}]+(?:-\\p{L}+)*(?:\\s+NRW)?)`,
  'gu',
);
const FROM_TO = /^\s+(?:in\s+(?:die|den|das)|ins|zur|zum|nach|to\s+the|into)\b/i;
/** "offered by the Kommunale Unfallversicherung", "run by Hanekamp & Partner": the whole name, as many words as it has. */
const OFFERED_BY_NAME = new RegExp(
  `${W}(?:offered|run|organi[sz]ed|provided|held)\\s+by\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}.-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}\\p{N}.-]*){0,3})`,
  'gu',
);
/** "Was bietet die regio iT akademie an?": whoever offers is the provider, however it writes its name. */
// "bietet die regio iT akademie", "bietet ITK Rheinland", "bietet digital.kommunal": the name, as many words as it has;
// "What does BTU Cottbus-Senftenberg offer?": its capitalised words ("What does the IT department offer?": IT).
const OFFERED_BY = new RegExp(
  `${W}(?:bietet|bieten|offers|offer)\\s+(?:(?:das|der|die|the)\\s+)?(\\p{L}[\\p{L}.-]*\\p{L}(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2})|${W}(?:what|which)(?:\\s+\\p{L}+)?\\s+(?:does|do)\\s+(?:the\\s+)?(\\p{L}[\\p{L}\\p{N}.'’-]+(?:\\s+\\p{L}[\\p{L}.-]*){0,2})\\s+offer` +
    // "Was hat die ekom21 diesen Winter im Angebot?"
    `|${W}(?:was|welche\\s+\\p{L}+)\\s+(?:hat|haben)\\s+(?:das|der|die)\\s+(\\p{L}[\\p{L}\\p{N}.-]*)\\s+(?:\\S+\\s+){0,3}?(?:im\\s+angebot|zu\\s+bieten|anzubieten)`,
  'giu',
);

/** Numbers of hours as words: the numbers, and the halves ("einer halben Stunde", "anderthalb", "half an hour"). */
const HOUR_WORDS: Record<string, number> = {
  ...NUMBER_WORDS,
  'einer halben': 0.5,
  'eine halbe': 0.5,
  'half an': 0.5,
  anderthalb: 1.5,
  eineinhalb: 1.5,
  'one and a half': 1.5,
  an: 1,
};

/** The words of a bound, shared by budgets and lengths: fewer than, at most, more than, at least. */
const BOUND_WORDS = {
  below:
    'unter|weniger\\s+als|billiger\\s+als|günstiger\\s+als|kürzer\\s+als|under|below|less\\s+than|cheaper\\s+than|shorter\\s+than',
  atMost:
    'höchstens|maximal|max\\.?|bis(?:\\s+zu)?|nicht\\s+mehr\\s+als|nicht\\s+länger\\s+als|up\\s+to|at\\s+most|no\\s+more\\s+than|no\\s+longer\\s+than',
  above: 'über|mehr\\s+als|teurer\\s+als|länger\\s+als|over|above|more\\s+than|longer\\s+than',
  atLeast: 'ab|mindestens|at\\s+least|from',
};
type Bound = keyof typeof BOUND_WORDS;
const BOUND_KINDS = Object.entries(BOUND_WORDS).map(
  ([kind, words]) => [kind as Bound, new RegExp(`^(?:${words})$`, 'i')] as const,
);
/** Which bound a word sets ("unter" → below). */
const boundOf = (word: string): Bound =>
  BOUND_KINDS.find(([, re]) => re.test(word.replace(/\s+/g, ' ')))?.[0] ?? 'atMost';

/** An amount of euros, the currency before or after it: "100 Euro", "100 €", "€100", "1.000 EUR". */
const MONEY = '(?:€\\s*(\\d[\\d.,]*)|(\\d[\\d.,]*)\\s*(?:€|euros?|eur)(?![\\p{L}\\p{N}]))';
const MONEY_BETWEEN = new RegExp(
  `${W}(?:zwischen|between)\\s+(?:€\\s*)?(\\d[\\d.,]*)\\s*(?:€|euros?|eur)?\\s+(?:und|and)\\s+${MONEY}(?:\\s+(?:kosten|kostet|costs?))?`,
  'iu',
);
/** "für unter 100 Euro", "höchstens 50 €", "less than €200", "ab 300 Euro", "more than 100 euros". */
const MONEY_BOUND = new RegExp(
  `${W}(?:für\\s+|for\\s+)?(${Object.values(BOUND_WORDS).join('|')})\\s+${MONEY}(?:\\s+(?:kosten|kostet|costs?))?`,
  'iu',
);

/** "1.000" and "1,000" are a thousand, "49,50" and "49.50" forty-nine and a half. */
function euros(written: string): number {
  const plain = written.replace(/[.,]$/, '');
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(plain)) return Number(plain.replace(/[.,]/g, ''));
  return Number(plain.replace(',', '.'));
}

/** A budget asked of the seminar talked about ("Liegt das unter 50 Euro?", "is it under €100?"): its cost. */
const FEE_OF_IT =
  /^\W*(?:und\s+)?(?:liegt|ist|kostet|bleibt)\s+(?:das|der|die|es|er|sie)\b(?!\s+(?:\p{L}+\s+)?(?:kurs|seminar|schulung))|^\W*(?:and\s+)?(?:is|does)\s+(?:it|that|this)(?:\s+one)?\b/iu;
/** Who must approve: "Genehmigung der Amtsleitung", "the approval of my manager". */
const APPROVAL_OF =
  /\b(?:genehmigung|zustimmung|erlaubnis|freigabe|unterschrift|okay|ok|approval|permission|sign-off)\s+(?:der|des|vo[nm]|von\s+der|meiner|meines|unserer|unseres|of|from)(?:\s+(?:my|our|the))?\s+$/i;
/** "Vielen Dank für die rasche Antwort. Können Sie mir noch …": thanks before the next question, which says nothing of it. */
const THANKS_BEFORE =
  /^\W*(?:(?:vielen|herzlichen|besten)\s+dank|danke(?:\s+schön|\s+sehr)?|thanks?(?:\s+a\s+lot)?|thank\s+you(?:\s+very\s+much)?|many\s+thanks)\b[^.!?]*[.!]\s+(?=\S[^]*\?)/iu;
/**
 * The feast days around Easter and Whitsun, and the days of carnival before Lent: whether counted from Whit Sunday,
 * and the days from that Sunday.
 */
const FEAST_DAYS: [RegExp, boolean, number][] = [
  [/weiberfastnacht/, false, -52],
  [/rosenmontag/, false, -48],
  [/faschingsdienstag|fastnachtsdienstag|veilchendienstag|shrove\s+tuesday/, false, -47],
  [/aschermittwoch|ash\s+wednesday/, false, -46],
  [/gründonnerstag|maundy\s+thursday/, false, -3],
  [/karfreitag|good\s+friday/, false, -2],
  [/karsamstag|holy\s+saturday/, false, -1],
  [/ostermontag|easter\s+monday/, false, 1],
  [/(?:christi\s+)?himmelfahrt|ascension(?:\s+day)?/, false, 39],
  [/pfingstmontag|whit\s+monday/, true, 1],
  [/fronleichnam|corpus\s+christi/, true, 11],
];
const FEAST_DAY = rx(
  '(?:am\\s+|an\\s+|on\\s+)?(?:weiberfastnacht|rosenmontag|faschingsdienstag|fastnachtsdienstag|veilchendienstag|shrove\\s+tuesday|aschermittwoch|ash\\s+wednesday|gründonnerstag|maundy\\s+thursday|karfreitag|good\\s+friday|karsamstag|holy\\s+saturday|ostermontag|easter\\s+monday|(?:christi\\s+)?himmelfahrt|ascension\\s+day|pfingstmontag|whit\\s+monday|fronleichnam|corpus\\s+christi)',
);
/** "für uns", "for me": the asker is whom the seminars are asked for. */
const FOR_US = /\b(?:für\s+(?:uns|mich)|for\s+(?:us|me))\b/i;
/**
 * "Was macht der sonst noch?", "macht die noch andere Seminare?", "what else does she teach?": a person pointed at, and
 * what else that person gives.
 */
/** After "der"/"die": the trainer said as such ("hat der Referent sonst noch?"). */
const TRAINER_NOUN = '(?:\\s+(?:referent|trainer|dozent|kursleiter|seminarleiter|coach)(?:in)?)?';
const TRAINER_OTHERS = new RegExp(
  `^\\W*(?:und\\s+|and\\s+)?(?:(?:was|welche\\s+\\p{L}+)\\s+(?:macht|bietet|gibt|leitet|hat|unterrichtet|hält)\\s+(der|die|er|sie)${TRAINER_NOUN}\\s+(?:denn\\s+)?(?:sonst|noch|außerdem|auch\\s+noch)|(?:macht|bietet|gibt|leitet|hat|unterrichtet|hält)\\s+(der|die|er|sie)${TRAINER_NOUN}\\s+(?:auch\\s+)?(?:noch\\s+)?(?:(?:was|etwas|irgendwas)\\s+)?(?:andere|weitere|sonst)|what\\s+else\\s+(?:does|do|can)\\s+(he|she|they|the\\s+(?:trainer|instructor|teacher|speaker|presenter))\\b|(?:does|do)\\s+(he|she|they)\\s+(?:also\\s+)?(?:teach|run|give|offer|lead|do|have)\\s+(?:any\\s+)?(?:other|more|anything\\s+else|something\\s+else)|(?:any\\s+|what\\s+|which\\s+)?other\\s+(?:courses|seminars|trainings?)\\s+(?:does\\s+)?(?:by|from|with|of)?\\s*(him|her|them)\\b|anything\\s+else\\s+(?:by|from|with)\\s+(him|her)\\b)`,
  'iu',
);
/** "noch andere Kurse", "any other courses": others than the one talked about. */
const OTHERS =
  /\b(?:andere|anderen|weitere|weiteren)\s+(?:kurse|seminare|schulungen|angebote|fortbildungen|termine)\b|\b(?:any\s+)?other\s+(?:courses|seminars|trainings?)\b/i;
/** Words of a sentence in which someone does or is something (a story), not of a bare subject. */
const SOMEONE_DOES =
  /\b(?:ich|wir|du|er|sie|es|man|mein\p{L}*|unser\p{L}*|bin|ist|sind|war|habe|hat|haben|muss|soll|will|kann|i|we|my|our|am|is|are|was|have|has|need|must)\b/iu;
/** "am Freitag Nachmittag": a time of day right after a weekday. */
const DAY_TIME = rx(`(?<=(?:${WEEKDAYS})\\s+)(?:vormittags?|nachmittags?|abends?)`);
/** "Für die Budgetplanung unseres Amtes bitte ich um …": what the asker needs it for, before the request. */
const PURPOSE_BEFORE =
  /^\W*(?:für|for)\s+(?:die|den|das|unsere[nmr]?|meine[nmr]?|our|my|the)\s+\p{L}+(?:\s+(?:unseres|unserer|meines|meiner|des|der|of\s+(?:our|my|the))\s+\p{L}+)?(?=\s+(?:bitte|möchte|würde|brauche|benötige|suche|i\s+(?:would|need)|we\s+(?:would|need))\b)/iu;
/** "In welchem Raum?" asks where the seminar talked about is; the room is no subject. */
const WHICH_ROOM = rx(
  '(?:in\\s+)?welche[mn]?\\s+(?:raum|saal|zimmer|gebäude)|(?:in\\s+)?(?:which|what)\\s+(?:room|building)',
);
/** The cheapest and the dearest ("Der günstigste ist nicht immer der wirtschaftlichste" is a title, no question). */
const CHEAPEST = rx(
  '(?:am\\s+)?(?:günstigste|billigste|preiswerteste)[nrs]?(?!\\s+ist\\s+nicht)|(?:kostet|kosten)\\s+am\\s+wenigsten|am\\s+wenigsten\\s+kostet|cheapest|least\\s+expensive|costs?\\s+the\\s+least|lowest\\s+(?:fee|price|cost)',
);
const SHORTEST = rx('(?:am\\s+)?kürzeste[nrs]?|am\\s+kürzesten|shortest');
const LONGEST = rx('(?:am\\s+)?längste[nrs]?|am\\s+längsten|longest');
const DEAREST = rx(
  '(?:am\\s+)?teuerste[nrs]?|(?:kostet|kosten)\\s+am\\s+meisten|am\\s+meisten\\s+kostet|most\\s+expensive|costs?\\s+the\\s+most|highest\\s+(?:fee|price|cost)',
);
/** The superlatives, with what they order by, which end they ask for and the fact they ask. */
const AT_THE_END: [RegExp, Order, FactKind][] = [
  [CHEAPEST, { by: 'fee', dir: 'lowest' }, 'cost'],
  [DEAREST, { by: 'fee', dir: 'highest' }, 'cost'],
  [SHORTEST, { by: 'length', dir: 'lowest' }, 'duration'],
  [LONGEST, { by: 'length', dir: 'highest' }, 'duration'],
];
/** The hours of the clock as words ("halb drei", "half past two", "neun Uhr"). */
const CLOCK_HOURS =
  'eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const CLOCK_HOUR_OF_WORD: Record<string, number> = { eins: 1, elf: 11, eleven: 11 };
/**
 * A time of day as said: "14 Uhr", "13:30", "2 pm", "halb drei", "viertel nach neun", "dreiviertel zehn", "half past
 * two", "quarter to ten", "neun Uhr", "nine o'clock" (`bare`: also "9" alone, after "beginnt um"; without `words`, no
 * "vier Uhr": a story's "jeden Morgen ab vier Uhr" is no start asked for).
 */
const clockPattern = (bare: boolean, words = true) =>
  `(?:(halb|viertel\\s+nach|viertel\\s+vor|dreiviertel|half\\s+past|quarter\\s+past|quarter\\s+to)\\s+(\\d{1,2}|${CLOCK_HOURS})(?:\\s*uhr)?` +
  `|(\\d{1,2})(?:[:.](\\d{2}))?${bare ? '(?![.:]?\\d)' : ''}(?:\\s*(uhr|h\\b|am|pm|a\\.m\\.|p\\.m\\.|o.?clock))${bare ? '?' : ''}` +
  `|(${words ? CLOCK_HOURS : '(?!)'})(?:\\s+(?:uhr|o.?clock))${bare ? '?' : ''})`;
/** "ab 14 Uhr", "erst nach 13:30", "nicht vor 10 Uhr", "after 2 pm", "ab halb zwei": the earliest a session may begin. */
const STARTS_FROM = rx(
  `(?:(?:erst\\s+)?(?:ab|nach)|nicht\\s+vor|(?:from|after|starting\\s+from|not\\s+before|no\\s+earlier\\s+than)(?:\\s+(?:about|around))?)\\s+(?:${clockPattern(false, false)})`,
);
/** "beginnt um 9 Uhr", "der um halb drei anfängt", "starting at 9am", "what starts at half past two": that start. */
const STARTS_AT = rx(
  `(?:(?:beginn(?:t|en)?|startet|starten|anfängt|anfangen|fängt\\s+(?:\\S+\\s+)?an|losgeht|geht(?:'?s)?\\s+(?:\\S+\\s+)?los)\\s+um|(?:start(?:s|ing)?|begin(?:s|ning)?|kick(?:s|ing)?\\s+off)\\s+at)\\s+(?:about\\s+|around\\s+|gegen\\s+)?(?:${clockPattern(true)})` +
    `|um\\s+(?:${clockPattern(false)})(?=\\s+(?:beginn|startet|starten|anfängt|anfangen|losgeht|los\\b))` +
    // "fängt irgendein Seminar um eins an?", "irgendwas um zehn Uhr?", "anything at half past two?"
    `|(?<=\\b(?:fängt|fangen)\\s+(?:\\S+\\s+){0,3}?)um\\s+(?:${clockPattern(true)})(?=\\s+an\\b)` +
    `|(?<=\\b(?:irgendwas|irgendetwas|etwas|anything|something)\\s+(?:\\S+\\s+){0,2}?)(?:um|at)\\s+(?:${clockPattern(false)})`,
);

/**
 * "HH:MM" of a time said in a match of `clockPattern` (its groups from `at` on); without am/pm an hour from 1 to 6 is
 * in the afternoon, when seminars are held ("halb drei", "half past two", "ab 2 Uhr").
 */
function clockOf(m: RegExpExecArray, at: number): string | undefined {
  const [rel, relHour, hour, minutes, unit, wordHour] = m.slice(at, at + 6);
  const word = (w: string) => CLOCK_HOUR_OF_WORD[w.toLowerCase()] ?? numberOf(w);
  let h: number | undefined;
  let min = 0;
  if (rel) {
    const named = word(relHour);
    if (named === undefined) return undefined;
    const r = rel.toLowerCase().replace(/\s+/g, ' ');
    // ("halb drei" is half an hour before three; "half past two" half an hour after two)
    h = r === 'half past' || r === 'quarter past' || r === 'viertel nach' ? named : named - 1;
    min = r === 'viertel nach' || r === 'quarter past' ? 15 : r === 'halb' || r === 'half past' ? 30 : 45;
  } else if (hour !== undefined) {
    h = Number(hour);
    min = minutes ? Number(minutes) : 0;
  } else if (wordHour) h = word(wordHour);
  if (h === undefined || h > 23 || min > 59) return undefined;
  const u = (unit ?? '').toLowerCase();
  if (/^p/.test(u) && h < 12) h += 12;
  else if (/^a/.test(u) && h === 12) h = 0;
  else if (!/^a/.test(u) && h >= 1 && h <= 6) h += 12;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
/** "kostenpflichtige Kurse", "paid courses": any fee above nothing ("Ist der Kurs kostenpflichtig?" asks its cost). */
const NOT_FREE = rx(
  '(?<=\\b(?:die|welche|kurse|seminare|angebote)\\s+(?:\\S+\\s+)?)kosten\\s+(?:etwas|was|geld)|(?<=\\b(?:die|welche)\\s+)(?:etwas|was|geld)\\s+kosten|(?<=\\bwelche[rsnm]?\\s+(?:\\S+\\s+)?)kostet\\s+(?:etwas|was|geld)|(?<=\\b(?:that|which)\\s+)cost\\s+(?:something|money)|kostenpflichtige[nrms]?|gebührenpflichtige[nrms]?|nicht\\s+kostenlose[nrms]?|paid(?=\\s+(?:\\S+\\s+)?(?:courses?|seminars?|trainings?|ones?|workshops?))|(?<=\\b(?:courses?|seminars?|ones?)\\s+)(?:with|that\\s+(?:have|charge))\\s+a\\s+fee',
);

/** The fee range of the question, its words taken away. */
function takeFeeRange(state: Extracted): FeeRange | undefined {
  // ("kostenpflichtige Kurse unter 100 Euro": paid, and below the bound)
  if (take(state, NOT_FREE)) return { above: 0, ...takeFeeRange(state) };
  const between = take(state, MONEY_BETWEEN);
  if (between) {
    const [a, b] = [euros(between[1]), euros(between[2] ?? between[3])];
    return { atLeast: Math.min(a, b), atMost: Math.max(a, b) };
  }
  // (Said twice, in a story and in its question: "Für Seminare über 200 Euro … Welche kosten mehr als 200 Euro?" — the last.)
  let bound = take(state, MONEY_BOUND);
  for (let again = bound; again; again = take(state, MONEY_BOUND)) bound = again;
  if (!bound) return undefined;
  return { [boundOf(bound[1])]: euros(bound[2] ?? bound[3]) };
}

/** "unter zwei Stunden", "höchstens 3 Std.", "less than an hour", "at most one and a half hours". */
const HOURS_LIMIT = new RegExp(
  `${W}(${BOUND_WORDS.below}|${BOUND_WORDS.atMost})\\s+(\\d+(?:[.,]\\d+)?|${Object.keys(HOUR_WORDS)
    .sort((a, b) => b.length - a.length)
    .join(
      '|',
    )})\\s+(?:stunden?|std\\.?|hours?|hrs?\\.?)(?:\\s+(?:lang|dauern|dauert|long))?${E}|${W}()(\\d+(?:[.,]\\d+)?|${Object.keys(
    HOUR_WORDS,
  )
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+(?:stunden?|std\\.?|hours?|hrs?\\.?)\\s+(?:oder|or)\\s+(?:weniger|kürzer|less|shorter)${E}`,
  'iu',
);

/** The length limit of the question, its words taken away. */
function takeHoursLimit(state: Extracted): HoursLimit | undefined {
  // (Said twice, in a story and in its question: "höchstens eine Stunde … nicht länger als eine Stunde?" — the last.)
  let m = take(state, HOURS_LIMIT);
  for (let again = m; again; again = take(state, HOURS_LIMIT)) m = again;
  if (!m) return undefined;
  // ("zwei Stunden oder weniger", "two hours or less": at most, its bound said after the number)
  const written = (m[2] ?? m[4]).toLowerCase().replace(/\s+/g, ' ');
  const hours = HOUR_WORDS[written] ?? Number(written.replace(',', '.'));
  return m[1] !== undefined && boundOf(m[1]) === 'below' ? { below: hours } : { atMost: hours };
}

/** "courses by ekom21", "Kurse von der kvhs" (not "a colleague from Dublin"): the words after it, lower case and all, may be a provider's or trainer's. */
const BY_NAME = new RegExp(
  `(?:\\bby|${W}(?:kurse?|seminare?|angebote?|schulungen|veranstaltungen|fortbildungen|weiterbildungen|workshops|trainings|lehrgänge|etwas|alles|was|courses|seminars|anything|training)\\s+(?:von|vom|from))\\s+(?:(?:the|der|dem|den)\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N}.-]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*){0,2})`,
  'giu',
);

const REGISTERING = /\b(?:anmeld\p{L}*|registrier\p{L}*|buchen|register|sign\s+up|enrol+)\b/iu;
/** Words that make a short question a search or a question of its own ("welche kurse online?", "wann excel?"). */
const QUESTION_WORD =
  /\b(wer|was|wann|wo|wie|welche[rsnm]?|gibt|gibts|habt|haben|who|what|when|where|which|how|any|are|there)\b/i;
/** Free as what the seminar is, at the question's end ("excel kurs kostenlos?"), not "kostenlose Kurse?". */
const TERSE_FREE = /\b(?:kostenlos|kostenfrei|gebührenfrei|gratis|umsonst|free)\s*\?\s*$/i;

/**
 * "die Unfallkasse bietet auch Kurse an", "unfallkasse angebote", "seminare der unfallkasse": the one named as offering,
 * before the verb, alone, or whose the courses are.
 */
const NAMED_OFFERER = new RegExp(
  `${W}(?:der|die|das|the)\\s+(\\p{L}[\\p{L}.-]*\\p{L}(?:\\s+\\p{L}[\\p{L}.-]*\\p{L}){0,2})\\s+(?:bietet|bieten|anbietet|anbieten|offers|offer|run|runs|provide|provides)${E}|^\\W*(\\p{L}[\\p{L}.]*\\p{L})(?:\\s+|-)(?:angebote|kurse|seminare|schulungen|programm|courses|seminars|trainings?)\\W*$|^\\W*(?:angebote|kurse|seminare|schulungen|fortbildungen)\\s+(?:der|von\\s+der)\\s+(?:\\p{L}+(?:en|er)\\s+)?(\\p{L}[\\p{L}.-]*\\p{L}(?:\\s+\\p{Lu}?\\p{Ll}+)?)\\W*$|^\\W*was\\s+macht\\s+(?:die|das)\\s+(\\p{L}[\\p{L}.-]*\\p{L}(?:\\s+für\\s+\\p{L}+)?)(?:\\s+(?:so|eigentlich|alles|denn|da))*\\W*$`,
  'giu',
);

// ---------------------------------------------------------------------------------------------------------------

function detectLanguage(text: string): 'de' | 'en' {
  const lower = ` ${text.toLowerCase()} `;
  const en = (
    lower.match(
      /\b(the|is|are|what|whats|when|where|who|how|which|there|any|anything|about|course|courses|seminar on|do|does|i|my|much|in english|next|week|month|on|work|working)\b/g,
    ) ?? []
  ).length;
  const de = (
    lower.match(
      /\b(der|die|das|ist|gibt|es|was|wann|wo|wer|wie|welche|kurs|zu|zum|für|ich|mein|kostet|findet|noch|und)\b|[äöüß]/g,
    ) ?? []
  ).length;
  return en > de ? 'en' : 'de';
}

/**
 * "fuer", "Fuehrungskraft", "plaetze": a German question typed without umlauts, as people do on keyboards without them,
 * gets them back. Only when it has none at all, and not where "ue" is no umlaut ("aktuell", "neue", "Quelle") or in a
 * name after "Frau"/"Herr" (Herr Schaefer writes himself so).
 */
/**
 * The words of asking typed with a bare vowel ("nachste Woche", "fur Fuhrungskrafte", "Prasenz"): only these, since
 * elsewhere the bare vowel is a word of its own ("schon", "wurde") or a name; topic words are compared without accents.
 */
const BARE_VOWELS: [RegExp, string][] = [
  [/^(ü|u)bernachst/, 'übernächst'],
  [/^nachst/, 'nächst'],
  [/^fur$/, 'für'],
  [/^uber(morgen)?$/, 'über$1'],
  [/^marz$/, 'märz'],
  [/^prasenz/, 'präsenz'],
  [/^fruh(jahr|ling)?$/, 'früh$1'],
  [/^gebuhr/, 'gebühr'],
  [/^fuhrungskraft$/, 'führungskraft'],
  [/^fuhrungskrafte/, 'führungskräfte'],
  [/^(mehr|ein|zwei|drei|halb|ganz)tagig/, '$1tägig'],
  [/^anfanger/, 'anfänger'],
  [/^platze$/, 'plätze'],
  [/^moglich/, 'möglich'],
  [/^konnen$/, 'können'],
  [/^mochte/, 'möchte'],
];
function restoreBareVowels(word: string): string {
  const lower = word.toLowerCase();
  const rule = BARE_VOWELS.find(([re]) => re.test(lower));
  if (!rule) return word;
  const spelt = lower.replace(rule[0], rule[1]);
  return word[0] === word[0].toLowerCase() ? spelt : spelt[0].toUpperCase() + spelt.slice(1);
}

/**
 * A question written like a letter ("Sehr geehrte Frau Müller, … Mit freundlichen Grüßen, T. Koch", "Hi there, …
 * Thanks, Tom"): the salutation and the sign-off name nobody the question is about.
 */
const SALUTATION =
  /^\s*(?:sehr\s+geehrte[rs]?|liebe[rs]?|hallo|hi|hey|guten\s+(?:morgen|tag|abend)|moin|servus|dear|hello|good\s+(?:morning|afternoon|evening))(?:\s+(?:damen\s+und\s+herren|frau|herrn?|kolleginnen(?:\s+und\s+kollegen)?|kollegen|team|all|everyone|there|zusammen|mr\.?|ms\.?|mrs\.?|dr\.?|prof\.?))*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s*(?:[,!:]|\.(?=\s+\p{Lu}))\s*/iu;
const SIGN_OFF =
  /(?<=[,.!?])\s*(?:(?:mit\s+)?(?:freundliche[nm]?|viele[n]?|beste[n]?|liebe|herzliche[n]?|sonnige)\s+grü(?:ß|ss)en?(?:\s+aus\s+\p{L}+)?|lg|vg|mfg|(?:danke\s+und\s+)?gruß|danke(?:\s+im\s+voraus|\s+schön|\s+ihnen)?|vielen\s+dank(?:\s+im\s+voraus)?|thanks(?:\s+a\s+lot|\s+in\s+advance)?|thank\s+you|best(?:\s+regards|\s+wishes)?|kind\s+regards|regards|cheers|many\s+thanks)[\s,.!]*(?:\p{Lu}[\p{L}.-]*\s*){0,3}$/iu;
/**
 * A closing sentence that only asks to be told ("Meine Kollegin fragt, wer das Training leitet. Können Sie mir das
 * sagen?", "… how much the Outlook course costs. Could you tell me?"): the question is the sentence before.
 */
const TELL_ME_SENTENCE =
  /(?<=\p{L}[.!?])\s+(?:(?:und\s+|also\s+|so\s+)?(?:können|könnten|kannst|könntest)\s+(?:sie|du)\s+mir\s+(?:das|es|da|dabei)?\s*(?:bitte\s+|vielleicht\s+|kurz\s+)*(?:sagen|weiterhelfen|helfen|beantworten)|(?:wissen\s+sie|weißt\s+du)\s+(?:das|es)|(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell\s+me|help(?:\s+me)?|let\s+me\s+know)|do\s+you\s+know|any\s+idea)[\s?.!]*$/iu;
function withoutLetterForm(text: string): string {
  const body = text.replace(SIGN_OFF, '').replace(TELL_ME_SENTENCE, '').replace(THANKS_BEFORE, '');
  const opened = body.replace(SALUTATION, '');
  return /\p{L}/u.test(opened) ? opened : /\p{L}/u.test(body) ? body : text;
}

/** Spoken forms of the south and forms typed in a hurry ("Wann isch des?", "Was koschtet des?", "gibt's ebbes"): the standard words. */
const WEEKDAY_SHORT: Record<string, string> = {
  mo: 'Montag',
  di: 'Dienstag',
  mi: 'Mittwoch',
  do: 'Donnerstag',
  fr: 'Freitag',
};
/** The days of a month written as ordinal words: "am dritten Juni", "the twenty-first of May". */
const ORDINAL_DAYS = (() => {
  const de = [
    'erste',
    'zweite',
    'dritte',
    'vierte',
    'fünfte',
    'sechste',
    'siebte',
    'achte',
    'neunte',
    'zehnte',
    'elfte',
    'zwölfte',
  ];
  const deTeens = ['dreizehnte', 'vierzehnte', 'fünfzehnte', 'sechzehnte', 'siebzehnte', 'achtzehnte', 'neunzehnte'];
  const deUnits = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
  const en = [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
  ];
  const enTeens = ['thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const days = new Map<string, number>();
  [...de, ...deTeens].forEach((w, i) => days.set(w, i + 1));
  [...en, ...enTeens].forEach((w, i) => days.set(w, i + 1));
  days.set('zwanzigste', 20).set('dreißigste', 30).set('twentieth', 20).set('thirtieth', 30);
  deUnits.forEach((u, i) => days.set(`${u}undzwanzigste`, 21 + i));
  days.set('einunddreißigste', 31);
  en.slice(0, 9).forEach((w, i) => days.set(`twenty-${w}`, 21 + i).set(`twenty ${w}`, 21 + i));
  days.set('thirty-first', 31).set('thirty first', 31);
  return days;
})();
const ORDINAL_DATE = new RegExp(
  `\\b(?:the\\s+)?(${[...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).join('|')})[nrsm]?(?:\\s+of)?\\s+(?=(?:${MONTH_NAMES}|may)\\b)`,
  'giu',
);

const DIALECT: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  // "am dritten Juni", "the third of June": the day as a number ("am 3. Juni", "3. June").
  [
    ORDINAL_DATE,
    (_whole, word: string) => `${ORDINAL_DAYS.get(word.toLowerCase())}${/[äöüß]|e$/i.test(word) ? '.' : ''} `,
  ],
  [/\bisch\b/giu, 'ist'],
  // "what can u do", "thank u": you, in chat shorthand.
  [/(?<=\b(?:can|could|do|did|will|would|are|have|thank|for|to|with)\s)u\b(?![.'’-])/giu, 'you'],
  // "fürn Bauhof": für einen.
  [/\bfürn\b/giu, 'für einen'],
  // "an nem Montag", "mit ner Kollegin": einem, einer.
  [/(?<=\b(?:an|in|mit|bei|von|zu|auf|nach)\s)nem\b/giu, 'einem'],
  [/(?<=\b(?:an|in|mit|bei|von|zu|auf|nach|für)\s)ner\b/giu, 'einer'],
  // "unsere bauhof mitarbeiter": the staff of the Bauhof, written as two words (not "neue Mitarbeiter").
  [
    /\b(\p{L}{3,}(?<![eE]|[eE][nrsm]))[ -](mitarbeiter(?:innen|n)?|mitarbeitende[nr]?|beschäftigte[nr]?)\b/giu,
    (whole, head: string, staff: string) =>
      STOPWORDS.has(head.toLowerCase()) ? whole : `${head}${staff.toLowerCase()}`,
  ],
  // "the closing date for applications" is the registration deadline.
  [
    /\bclosing\s+date(?:\s+for\s+(?:applications?|registrations?|enrol+ments?|sign-?ups?))?/giu,
    'registration deadline',
  ],
  // "in a fortnight", "the next fortnight": two weeks.
  [/\b(?:a|one)\s+fortnight\b/giu, 'two weeks'],
  [/\b(the\s+next|the\s+coming|next)\s+fortnight\b/giu, '$1 two weeks'],
  // Chat shorthand: "n ws" is a workshop, "it-sich" IT security, "nä woche" next week.
  [/\b(?:n\s+)?ws\b/giu, 'workshop'],
  [/\bit-sich\b/giu, 'it-sicherheit'],
  [/\bnä(?=\s+(?:woche|wo|monat)\b)/giu, 'nächste'],
  // The format typed in haste ("ist der teams kurs onlien"): the filters read the word as it is spelt.
  [/\b(?:onlien|onlnie|onilne|olnine|onlne|onine|onlie)\b/giu, 'online'],
  [/\bkoschte(t|n)\b/giu, 'koste$1'],
  [/\bebbes\b/giu, 'etwas'],
  // Bavarian and Austrian: "heut", "nächste Wochn", "wer machtn den Kurs", "ab Jänner", "muss i".
  [/\bheut\b/giu, 'heute'],
  // "Friday mornings" is any Friday, in the morning.
  [/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday) (morning|afternoon)s\b/giu, '$1s in the $2'],
  // Low German: "wat kost dat", "wann is dat", "watt is mit …", "ick".
  [/\bdat\b/giu, 'das'],
  // "watt" only before a verb ("Watt" is a unit); "wat" is always "was" (below).
  [/\bwatt(?=\s+(?:kost\w*|is|ist|gibt\w*|gibt's|macht|mit|denn|für)\b)/giu, 'was'],
  [/\bkost(?=\s+(?:das|der|die|denn)\b)/giu, 'kostet'],
  [/\bick\b/giu, 'ich'],
  // "Was kost' denn …", "Wie lang geht'n …", "Hamse was zu …", "un wo is dat?", "noch wat frei".
  [/\bkost['’]/giu, 'kostet'],
  [/\bkostn\b/giu, 'kosten'],
  [/\b(\p{L}{2,})['’]n(?!\p{L})/giu, '$1 denn'],
  [/\bha(?:m|ben)se\b/giu, 'haben Sie'],
  [/^(\W*)un(?=\s)/iu, '$1und'],
  [/\bwat\b/giu, 'was'],
  [/\bgifft\s+(?:dat|das)\b/giu, 'gibt es das'],
  [/\bgifft\b/giu, 'gibt'],
  [/\bok(?=\s+(?:online|vor\s+ort|in\s+präsenz|hybrid)\b)/giu, 'auch'],
  // The buildings and offices of a German administration, asked for in English: their German names are in the catalogue.
  // (Not where the asker works: "I just started at the town hall in Holzkirchen".)
  [
    /(?<!\b(?:i|we)(?:'m|'ve)?\s+(?:\p{L}+\s+){0,2})\b(at|in|near|to)\s+the\s+(?:town|city)\s+hall\b/giu,
    '$1 the Rathaus',
  ],
  [
    /(?<!\b(?:i|we)(?:'m|'ve)?\s+(?:\p{L}+\s+){0,2})\b(at|in|near|to)\s+the\s+(?:main\s+)?fire\s+station\b/giu,
    '$1 the Feuerwache',
  ],
  [
    /(?<!\b(?:i|we)(?:'m|'ve)?\s+(?:\p{L}+\s+){0,2})\b(at|in|near|to)\s+the\s+(?:public\s+|city\s+|town\s+|main\s+)?library\b/giu,
    '$1 the Bibliothek',
  ],
  [/\b(?:booked|sold)\s+out\b/giu, 'booked up'],
  [/\bthe\s+international\s+office\b/giu, 'the Internationales Büro'],
  [/\bgeit\b/giu, 'geht'],
  [/\bhebbt\s+ji\b/giu, 'habt ihr'],
  [/\b(was|etwas)\s+to(?=\s)/giu, '$1 zu'],
  [/\bpl(?:ä|ae|a)ze\b/giu, 'plätze'],
  [/\bis(?=\s+(?:heute?|morgen|des|das|da|dort|noch|no|mit|beim|bei|der|die|er|es)\b)/giu, 'ist'],
  [/\bno(?=\s+(?:was|wos|etwas|plätze|platz|frei)\b)/giu, 'noch'],
  [/\bwochn?\b/giu, 'woche'],
  [/\bmachtn\b/giu, 'macht den'],
  [/\bj(?:ä|ae)nner\b/giu, 'Januar'],
  [/\b(muss|kann|bin|hab|soll|darf|brauch)\s+i\b/giu, '$1 ich'],
  // "telephone skills" are telephoning; "digital skills" and "soft skills" are a subject of their own.
  [
    /(?<=\b(?!(?:digital|soft|social|language|intercultural|basic|new|your|my|our|the|some|any|these|those)\s)\p{L}{4,}\s)skills\b/giu,
    '',
  ],
  // typed in a hurry ("nä woche", "am di", "kurs wan")
  [/\bnä\.?(?=\s+(?:woche|monat|jahr))/giu, 'nächste'],
  [/\bam\s+(mo|di|mi|do|fr)\.?(?=\s|$)/giu, (_m, day) => `am ${WEEKDAY_SHORT[day.toLowerCase()]}`],
  [/\bwan\b/giu, 'wann'],
  // "the adult education centre" is the Volkshochschule.
  [/\badult\s+education\s+(?:centre|center)s?\b/giu, 'VHS'],
  [/\bfrist\s+aid\b/giu, 'first aid'],
  [/\bhw\s+(?=much|long|do|does|can)/giu, 'how '],
  [
    /\b(ist|kostet)\s+des(?=\s*(?:[?.!,]|$|\s+(?:online|vor|in|im|am|an|noch|schon|auch|denn|kostenlos)\b))/giu,
    '$1 das',
  ],
];
// The two calls are String.replace's two overloads (a pattern string, a function), which TypeScript keeps apart.
const standardForms = (text: string) =>
  DIALECT.reduce((t, [re, to]) => (typeof to === 'string' ? t.replace(re, to) : t.replace(re, to)), text);

function spellUmlauts(text: string): string {
  if (/[äöüÄÖÜß]/.test(text)) return text;
  return text.replace(/(?:\b(?:[Ff]rau|[Hh]errn?|[Dd]r\.|[Pp]rof\.)\s+)?[\p{L}]+/gu, (word) => {
    if (/^(?:frau|herrn?|dr\.|prof\.)\s/i.test(word)) return word;
    const bare = restoreBareVowels(word);
    if (bare !== word) return bare;
    // (nor the English words in "-ue": "colleagues", "venue", "issue")
    if (/uell|^zuerst|^zuende|^(?:israel|michael|raphael|aero|poet|koeff)|ues?$/i.test(word)) return word;
    const spelt = withUmlauts(word);
    // A capitalised word may be a place or a name written so (Moers, Soest, Kevelaer): only the words of asking and
    // of audiences ("für Fuehrungskraefte").
    return word[0] === word[0].toLowerCase() ||
      STOPWORDS.has(spelt.toLowerCase()) ||
      AUDIENCES.some(([re]) => re.test(spelt))
      ? spelt
      : word;
  });
}

/** "Fuehrungskraefte" → "Führungskräfte" (PostgreSQL 15's stemmer does not read "ue" as "ü"; newer ones do). */
function withUmlauts(word: string): string {
  return word
    .replace(/(?<![aeqAEQ])ue/g, 'ü')
    .replace(/(?<![aeqAEQ])Ue/g, 'Ü')
    .replace(/(?<![aeiouAEIOU])ae/g, 'ä')
    .replace(/^Ae/, 'Ä')
    .replace(/(?<![aeiouAEIOU])oe/g, 'ö')
    .replace(/^Oe/, 'Ö');
}

const NEW = /^(?:neu|neue|neuen|neuer|neues|neuem|new)$/;
const INTRO = /^(?:intro|introduction|introductory|overview)$/;
/**
 * Staff in general: whom every course is for ("a Polish course for staff"), or whom a story happens with ("Zwei
 * Mitarbeiter in meinem Team streiten ständig"), beside a subject.
 */
const STAFF =
  /^(?:staff|employees|colleagues?|beschäftigte[nr]?|mitarbeitende[nr]?|mitarbeiter(?:in|innen|n)?|kolleg(?:e|en|in|innen))$/;
/** An inflected German adjective: "elektronischen", "digitale", "kommunaler". */
/** What one does with a thing, typed without case ("podcast erstellen"): the thing is what is asked about. */
const DOING =
  /^(?:erstellen|schreiben|verfassen|entwerfen|gestalten|produzieren|aufnehmen|anlegen|einrichten|bearbeiten|nutzen|benutzen|anwenden|machen)$/;
const ADJECTIVE =
  /(?:isch|lich|ig|al|ell|iv|bar|sam|haft)(?:e|en|er|es|em)$|^(?:neu|alt|gut|groß|klein|erst|letzt)(?:e|en|er|es|em)$/;
/**
 * Typed without case, an adjective is told by its ending before a word that is plainly a noun ("kommunale
 * wärmeplanung"; not "internationalen studierenden", where the second word may be one too).
 */
const LOWER_ADJECTIVE = /^\p{L}{4,}(?:isch|lich|ig|al)(?:e|en|er|es|em)$/u;
const NOUN_ENDING = /\p{L}{3,}(?:ung|heit|keit|schaft|tät|ion|ismus)(?:en)?$/u;

// With the usual slips of the keyboard ("Datenschutzsemniar", "Excel-Trainig").
const GENERIC_WORDS =
  'kurs|kurse|kursen|seminar|seminare|semniar|seminra|semianr|seminr|schulung|schulungen|schlung|schulugn|workshop|training|fortbildung|trainig|traning|-dings|-ding|-kenntnisse|-grundkenntnisse|-wissen|-skills';
const GENERIC_TAIL = new RegExp(`(?<![\\p{L}])(\\p{L}{3,}?)(${GENERIC_WORDS})(?![\\p{L}])`, 'giu');
const GENERIC_COMPOUND = new RegExp(`^(\\p{L}{3,}?)(${GENERIC_WORDS})$`, 'iu');
const KEEP_WHOLE = /^(fort|weiter|aufbau|grund|präsenz|online|praxis|einführungs|einsteiger)$/i;
const STAFF_COMPOUND =
  /^(\p{L}{4,}?)(?:mitarbeiter(?:in|innen|n)?|mitarbeitende[nr]?|beschäftigte[nr]?|kolleg(?:e|en|in|innen))$/iu;
/**
 * "Tabellenkalkulationskurs", "Präsentationstraining": the generic part of a compound says nothing about the topic,
 * and the linking "s" before it belongs to neither word ("Präsentation", "Tabellenkalkulation").
 */
function dropGenericTails(text: string, dropped: string[] = []): string {
  return text.replace(GENERIC_TAIL, (whole, head: string) => {
    if (KEEP_WHOLE.test(head)) return whole;
    if (!whole.includes('-')) dropped.push(whole.toLowerCase());
    // (the linking "s" after "-on" too: "Deeskalaitonstraining" is a slip of "-ion")
    return /(?:ion|on|ung|heit|keit|schaft|tät|ling|tum)s$/i.test(head) ? head.slice(0, -1) : head;
  });
}

/** Words of the text; a hyphenated word stays whole ("E-Akte") unless a part is a filler ("Scrum-Kurs" → scrum). */
function tokens(text: string): string[][] {
  return text
    .replace(/[„“”"'`´‚‘’«»()[\]{}!?;:,/\\|*+<>=~^]+/g, ' ')
    .split(/\s+/)
    .flatMap((w) => {
      let word = w.replace(/^[.\-–]+|[.\-–]+$/g, '');
      // "Scrumkurs", "Excelschulung": the generic part of a compound says nothing about the topic.
      const generic = GENERIC_COMPOUND.exec(word);
      if (generic && !KEEP_WHOLE.test(generic[1])) word = generic[1];
      // "Bauhofmitarbeiter": the staff of the Bauhof, whom the catalogue calls "Beschäftigte des Bauhofs".
      const staff = STAFF_COMPOUND.exec(word);
      if (staff) word = staff[1].replace(/(?:ung|heit|keit|schaft|tät|ion)s$/i, (x) => x.slice(0, -1));
      if (!word) return [];
      let parts = word.split(/[-–]/).filter(Boolean);
      // "Erste-Hilfe-Kurs": the generic last part goes, the rest stays one word.
      if (
        parts.length >= 3 &&
        /^(kurs|kurse|seminar|seminare|schulung|schulungen|workshop|training|fortbildung|lehrgang)$/i.test(
          parts[parts.length - 1],
        )
      ) {
        parts = parts.slice(0, -1);
        word = parts.join('-');
      }
      if (parts.length < 2) return [[word]];
      if (parts.some((p) => STOPWORDS.has(p.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(p))) return parts.map((p) => [p]);
      // "Excel-Grundlagen", "Erste-Hilfe-Grundlagen": the subject and the course's level, as if written apart.
      if (LEVEL_TAIL.test(parts[parts.length - 1])) {
        const subject = parts.slice(0, -1);
        return [subject.length > 1 ? [subject.join('-'), subject.join(' ')] : subject, [parts[parts.length - 1]]];
      }
      return [[word, parts.join(' ')]];
    });
}

const LEVEL_TAIL =
  /^(?:grundlagen|basics|basiswissen|grundwissen|einführung|grundkurs|aufbaukurs|kompakt|praxis|tipps|auffrischung|update|einsteiger|anfänger|fortgeschrittene)$/i;

function isContentWord(raw: string): boolean {
  const w = raw.toLowerCase();
  // A year ("2027") or a three-digit name ("115", "365") can be a topic; "2 Tage", "9 Uhr" are not.
  if (/^\d+$/.test(w) && w.length !== 4 && w.length !== 3) return false;
  if (w.length < 2) return false;
  // "IT" and "KI" written as acronyms are topics; "it" in an English sentence is not.
  if (/^\p{Lu}{2,}$/u.test(raw)) return true;
  return !STOPWORDS.has(w);
}

const SERIES_PART =
  /(?<![\p{L}\p{N}])(modul|module|teil|baustein|stufe|level|part|block|folge)\s+(\d{1,2}|i{1,3}|iv|v)(?![\p{L}\p{N}])/gu;
const ROMAN: Record<string, string> = { '1': 'i', '2': 'ii', '3': 'iii', '4': 'iv', '5': 'v' };

/**
 * "Wo finde ich etwas zu KI?", "Wo kann ich Wiederbelebung lernen?", "Where can I learn about accessibility?": which
 * seminar, not where it takes place.
 */
const WHERE_TO_LEARN =
  /\b(?:wo\s+(?:finde|find|gibt|bekomme|kriege|lerne|lern|lernt|lernen|erfahre)|where\s+(?:can|do)\s+i\s+(?:find|get|learn)|wo\s+(?:kann|könnte|darf|sollte)\s+(?:ich|man|er|sie)\b.*(?<![\p{L}])(?:lernen|erfahren|üben|trainieren|finden|bekommen|fortbilden|weiterbilden|schulen)|where\s+(?:can|could|should)\s+(?:i|we|one|he|she)\b.*\b(?:learn|train|practi[cs]e))\b/iu;

/**
 * A sentence after the question that tells about someone ("Is the telephone course still on? A colleague from
 * Maribor wanted to join."): its own words and its places or names say nothing about the seminar asked for.
 */
const REMARK_SUBJECT = /\b(?:ich|wir|mein\w*|unser\w*|kolleg\w*|i|we|my|our|colleagues?)\b/i;
function remarkAfter(text: string): string | null {
  if ((text.match(/\?/g) ?? []).length !== 1) return null;
  const after = text.slice(text.indexOf('?') + 1).trim();
  return after.split(/\s+/).length >= 4 && REMARK_SUBJECT.test(after) && /^\p{Lu}/u.test(after) ? after : null;
}

/**
 * "I'm on holiday next week but …", "Nächste Woche bin ich im Urlaub, …": when the asker is away says nothing about the
 * seminar asked for; that part of the sentence goes.
 */
const ABSENT =
  /\b(?:im\s+urlaub|in\s+urlaub|in\s+elternzeit|in\s+mutterschutz|in\s+(?:der\s+)?reha|krank|nicht\s+da|nicht\s+im\s+haus|abwesend|on\s+holiday|on\s+vacation|on\s+(?:parental\s+|maternity\s+|paternity\s+|sick\s+)?leave|out\s+of\s+(?:the\s+)?office|off\s+sick|away)\b/i;
function withoutAbsence(text: string): string {
  const parts = text.split(/(\s*[–—,;.!?]\s*|\s+(?:but|aber|doch|and|und)\s+)/);
  const away = (part: string, i: number) =>
    // ("i'm" with its apostrophe: "im Urlaub" is no "I'm")
    i % 2 === 0 && ABSENT.test(part) && /\b(?:ich|i['’]m|i\s+am|i\s+was|we['’]re|we\s+are|we\s+were|wir)\b/i.test(part);
  if (!parts.some(away)) return text;
  const kept = parts.map((part, i) => (away(part, i) ? '' : part));
  return (
    kept
      .join('')
      .replace(/^\W*(?:but|aber|doch|and|und)\s+/i, '')
      .trim() || text
  );
}

/** The whole understanding of a question. */
export function parseQuestion(input: string, now: Date, timeZone: string): Question {
  // (emoji say how the asker feels, not what is asked: "abends was 🌙")
  const plain = input
    .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // ("Great, thanks a lot!" is thanks, not a letter's closing after a question.)
  if (isThanks(plain)) {
    const language = detectLanguage(plain);
    return {
      text: plain,
      language,
      intent: 'thanks',
      filters: {},
      terms: [],
      followUp: false,
      timeQuestion: false,
      facts: [],
    };
  }
  const typed = withoutAbsence(standardForms(withoutLetterForm(plain)));
  const remark = isThanks(typed) ? null : remarkAfter(typed);
  if (remark) {
    // Without the remark, keeping what it adds about times and format ("Was läuft im Mai? Ich kann nur online.").
    const asked = parseQuestion(typed.slice(0, typed.lastIndexOf(remark)), now, timeZone);
    const { period, weekday, notWeekday, timeOfDay, format, free, fee, hours, multiDay, language, seatsAvailable } =
      parseQuestion(remark, now, timeZone).filters;
    // (A fact other than the time, asked of a named seminar, is no choice of time: "Wie lange dauert die Schulung zum
    // Bildschirmarbeitsplatz? Ich besetze vormittags den Schalter …")
    const timeless = asked.intent === 'fact' && !asked.facts.some((f) => f === 'when' || f === 'startTime');
    const added = Object.fromEntries(
      Object.entries({
        ...(timeless ? {} : { period, weekday, notWeekday, timeOfDay }),
        format,
        free,
        fee,
        hours,
        multiDay,
        language,
        seatsAvailable,
      }).filter(([, v]) => v !== undefined),
    );
    return { ...asked, filters: { ...added, ...asked.filters } };
  }
  const language = detectLanguage(typed);
  const text = language === 'de' ? spellUmlauts(typed) : mendEnglishTypos(typed, (w) => STOPWORDS.has(w));
  const lower = text.toLowerCase();
  const base = { text, language, filters: {}, terms: [], followUp: false, timeQuestion: false, facts: [] };
  if (MY_REGISTRATIONS.test(text)) return { ...base, intent: 'myRegistrations' };
  if (HELP.test(text) || TRYING_OUT.test(text) || ABOUT_BOT.test(askedPart(text))) return { ...base, intent: 'help' };
  // "Ich nutze den Bot zum ersten Mal. Wie funktioniert das hier?", "First time using this bot — what can you do?"
  if (BOT_INTRO.test(text)) {
    const last = text.split(/(?<=[.!?])\s+|\s[—–-]\s|[,;:]\s/).pop() ?? '';
    if (HELP.test(last) || ABOUT_BOT.test(last)) return { ...base, intent: 'help' };
  }
  if (isThanks(text)) return { ...base, intent: 'thanks' };

  const state: Extracted = { text };
  const filters: QuestionFilters = {};

  // Facts asked for (several may be: "Wann und wo …?"). Read before filters take their words away.
  // (in the order asked: "Wie viele Tage umfasst das Seminar, und zu welchen Uhrzeiten findet es statt?")
  let facts = FACT_PATTERNS.map(([k, re]) => [k, re.exec(lower)?.index] as const)
    .filter((f): f is readonly [FactKind, number] => f[1] !== undefined)
    .sort((a, b) => a[1] - b[1])
    .map(([k]) => k);
  if (
    facts.includes('startTime') &&
    facts.includes('when') &&
    !/\b(wann\s+(ist|findet|sind)|an\s+welche[mn]|datum|date|end|finish|endet|schluss)\b/i.test(lower)
  ) {
    facts = facts.filter((f) => f !== 'when');
  }
  // "Um wie viel Uhr ist das?", "What time is the PDF training?": its hours, from start to end.
  if (
    facts.includes('startTime') &&
    /\b(?:um\s+wie\s*viel\s+uhr\s+(?:ist|sind|findet)|what\s+time\s+(?:is|are))\b/i.test(lower) &&
    !/\b(?:beginn|start|anf[aä]ng|los\b)/i.test(lower)
  )
    facts = [...new Set(facts.map((f): FactKind => (f === 'startTime' ? 'when' : f)))];
  if (facts.includes('deadline')) facts = facts.filter((f) => f !== 'when');
  // "An welchen Tagen und um wie viel Uhr?": the dates are said with their times.
  else if (facts.includes('when') && facts.includes('startTime')) facts = facts.filter((f) => f !== 'startTime');
  // "Wie lange läuft die Anmeldefrist?" asks until when one may register, not how long the seminar lasts.
  if (
    facts.includes('deadline') &&
    /\b(?:wie\s+lange|how\s+long)\s+(?:läuft|geht|gilt|ist|is|does|will)\s+(?:\S+\s+){0,2}?(?:anmeld|frist|registration)/i.test(
      lower,
    )
  )
    facts = facts.filter((f) => f !== 'duration');
  if (facts.includes('duration') && /\blast\b/i.test(lower) && !/\bhow\s+(?:long|many\s+(?:days|hours))\b/i.test(lower))
    facts = facts.filter((f) => f !== 'duration');

  // "Kann ich mich heute noch anmelden?": the day one registers on, not the seminar's.
  if (facts.includes('deadline')) take(state, REGISTER_BY_DAY);

  // "Kurse, die um 9 Uhr anfangen", "what starts at half past two?": when a session begins.
  const startsAt = take(state, STARTS_AT);
  // (each alternative has a clock's six groups: the one that matched)
  const startClock =
    startsAt && clockOf(startsAt, 1 + 6 * Math.floor(startsAt.slice(1).findIndex((g) => g !== undefined) / 6));
  if (startClock) {
    filters.startsAt = startClock;
    // ("What starts at half past two?" gives the start; it does not ask it)
    facts = facts.filter((f) => f !== 'startTime');
  }
  // "ab 14 Uhr", "erst nach 13:30", "after 2 pm": when a session may begin at the earliest.
  const from = take(state, STARTS_FROM);
  const earliest = from && clockOf(from, 1);
  if (earliest) filters.startsFrom = earliest;
  const hours = takeHoursLimit(state);
  if (hours) filters.hours = hours;
  // "was dauert höchstens 2 stunden": which ones last so long, not how long one lasts.
  // ("gibt es was, das höchstens eine Stunde dauert?" too)
  const whichLast =
    /^\W*(?:(?:und|and)\s+)?(?:was|welche\p{L}*|which|what)\b/iu.test(lower) ||
    /^\W*(?:gibt(?:'?s|\s+es)|are\s+there|is\s+there)\s+(?:\S+\s+){0,3}?(?:was|etwas|irgendwas|anything|something|kurse|seminare|courses|seminars)\b/iu.test(
      lower,
    );
  if (hours && whichLast) facts = facts.filter((f) => f !== 'duration');
  // "online-kurse unter 100 euro" asks for courses within a budget, not for a price.
  const fee = takeFeeRange(state);
  // "Liegt das unter 50 Euro?", "is it under €100?": the cost of the seminar of the conversation, no budget to search.
  if (fee && FEE_OF_IT.test(lower)) facts = [...new Set<FactKind>(['cost', ...facts])];
  else if (fee) {
    filters.fee = fee;
    facts = facts.filter((f) => f !== 'cost');
  }

  // "Welcher Kurs der VHS kostet am wenigsten?", "the most expensive seminar", "der kürzeste Kurs": the cost or length
  // of the one at that end.
  const atEnd = AT_THE_END.find(([re]) => take(state, re));
  const order = atEnd?.[1];
  if (atEnd) facts = [...new Set<FactKind>([atEnd[2], ...facts])];

  const picked = take(state, PICK);
  const pickWord = (picked?.[1] ?? picked?.[2])?.toLowerCase();
  const pick = pickWord
    ? pickWord === 'andere' || pickWord === 'other'
      ? 'other'
      : pickWord === 'letzte' || pickWord === 'last'
        ? 'last'
        : ORDINALS[pickWord]
    : undefined;
  const notDay = take(state, NOT_WEEKDAY);
  if (notDay) filters.notWeekday = WEEKDAY_NUMBERS[notDay[1].toLowerCase()];
  const anyDay = take(state, ANY_WEEKDAY);
  if (anyDay) {
    const dayOf = (m: RegExpExecArray) => WEEKDAY_NUMBERS[(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).toLowerCase()];
    filters.weekday = dayOf(anyDay);
    const part = anyDay[6]?.toLowerCase();
    if (part === 'nachmittag') filters.timeOfDay = 'afternoon';
    if (part === 'abend') filters.timeOfDay = 'evening';
    if (part === 'vormittag' || part === 'morgen') filters.timeOfDay = 'morning';
    // "Ich habe nur dienstags Zeit … Welche Seminare sind an einem Dienstag?": the same day again is no date.
    for (
      let again = ANY_WEEKDAY.exec(state.text);
      again && dayOf(again) === filters.weekday;
      again = ANY_WEEKDAY.exec(state.text)
    )
      take(state, ANY_WEEKDAY);
  }
  // "am Freitag Nachmittag": the time of day, before the date's parser takes it for part of the day.
  const dayTime = take(state, DAY_TIME);
  if (dayTime)
    filters.timeOfDay = /^vor/i.test(dayTime[0]) ? 'morning' : /^nach/i.test(dayTime[0]) ? 'afternoon' : 'evening';
  filters.period = extractPeriod(state, now, timeZone);
  // "Ich kann nur vormittags, nachmittags habe ich Trauungen": the time one can is the one with "nur".
  const onlyTime = ONLY_TIME_OF_DAY.exec(state.text);
  if (onlyTime)
    filters.timeOfDay = /nachmittag|afternoon/i.test(onlyTime[0])
      ? 'afternoon'
      : /abend|evening/i.test(onlyTime[0])
        ? 'evening'
        : 'morning';
  take(state, TIRED_TIME);
  take(state, SESSION_ORDINAL);
  for (const [re, v] of TIME_OF_DAY) if (take(state, re)) filters.timeOfDay ??= v;
  const notLanguage = take(state, NOT_LANGUAGE);
  if (notLanguage) filters.language = /^(?:englisch|english)$/i.test(notLanguage[1]) ? 'de' : 'en';
  let languageWord = false;
  for (const [re, v] of LANGUAGE)
    if (take(state, re)) {
      filters.language ??= v;
      languageWord = true;
    }
  let formatWord = false;
  let fromHome = false;
  take(state, RATHER_NOT_FORMAT);
  const notFormat = take(state, NOT_FORMAT);
  if (notFormat) {
    const word = notFormat[1].toLowerCase();
    filters.notFormat = /^(?:online|digital)$/.test(word) ? 'online' : word === 'hybrid' ? 'hybrid' : 'in_person';
  }
  for (const [re, v] of FORMATS) {
    // ("von zu Hause aus online teilnehmen" says it twice)
    for (let m = take(state, re); m; m = take(state, re)) {
      filters.format ??= v;
      formatWord = true;
      if (v === 'online' && FROM_HOME.test(m[0])) fromHome = true;
    }
  }
  const seatsWord = Boolean(take(state, SEATS_FILTER));
  // "My team is only free in the afternoons": free time, not free of charge (the phrase after it may be taken already).
  // "I'm free next week" is time of one's own; "anything free next month" is without a fee.
  const freeWord =
    Boolean(take(state, FREE)) &&
    (!/\bfree\s+(?:in(?![- ]person)|on|at|next|this|from|until|during|after|before)\b/i.test(lower) ||
      OFFER_FREE.test(lower));
  if (take(state, NOT_MULTI_DAY)) filters.multiDay = false;
  else if (take(state, MULTI_DAY)) filters.multiDay = true;
  else if (take(state, HALF_DAY)) {
    filters.multiDay = false;
    filters.hours ??= { atMost: HALF_DAY_HOURS };
    // ("und was davon dauert höchstens einen halben Tag?" asks which, not how long)
    if (whichLast) facts = facts.filter((f) => f !== 'duration');
  } else if (take(state, SINGLE_DAY)) {
    filters.multiDay = false;
    // ("welches davon dauert nur einen Tag?" asks which, not how long)
    if (whichLast) facts = facts.filter((f) => f !== 'duration');
  }

  // "meinem Team", "unsere Kolleginnen": for whom, not what about ("Was kann ich meinem Team zum Datenschutz empfehlen?").
  take(state, THE_PROGRAMME);
  take(state, WHICH_ROOM);
  take(state, PURPOSE_BEFORE);
  take(state, COMES_INTO_QUESTION);
  take(state, TOWN_PEOPLE);
  take(state, COLLEAGUE_FROM);
  // A colleague the asker names is no trainer ("Mein Kollege Herr Fischer", "my colleague Mrs Bauer").
  take(state, COLLEAGUE_NAMED);
  take(state, OWN_PEOPLE);
  take(state, PEOPLE_OF);
  // Where the asker joins from ("kann ich von Lohr aus online mitmachen?") is no place of the seminar.
  take(state, rx('von\\s+\\p{Lu}[\\p{L}-]*\\s+aus(?=\\s)'));
  // Unless the question asks for what is held there ("I live in Waldmohr … Is there anything there?").
  if (!THERE.test(state.text.replace(RESIDENCE, ' '))) take(state, RESIDENCE);
  else state.text = state.text.replace(RESIDENCE, (r) => r.replace(/^.*?\s(?=(?:in|im|at|near|bei)\s)/i, ''));
  // ("Ich arbeite in Blaubeuren … Welche Seminare finden dort statt?": there, too)
  if (!THERE.test(state.text.replace(ROLE_TOWN, ' '))) take(state, ROLE_TOWN);
  take(state, EMPLOYER);
  take(state, TRAVEL);
  take(state, ORIGIN);
  const at = WORKPLACE.exec(state.text);
  let workplace = (at?.[1] ?? at?.[2])?.toLowerCase();
  let end = at ? at.index + at[0].length : 0;
  // "in der zentralen Vergabestelle": the office is the noun after its adjective.
  const office =
    at && /^\p{Ll}+(?:en|er|es|e)$/u.test(at[1] ?? '') ? /^\s+(\p{Lu}[\p{L}-]*)/u.exec(state.text.slice(end)) : null;
  if (office) {
    workplace = office[1].toLowerCase();
    end += office[0].length;
  }
  // "Was tun, wenn Bürger am Schalter aggressiv werden?": where the story happens is the setting too.
  const story = workplace ? null : SITUATION.exec(state.text);
  if (story) workplace = SITUATION_PLACE.exec(state.text.slice(story.index + story[0].length))?.[1].toLowerCase();
  const town = at && WORKPLACE_TOWN.exec(state.text.slice(end));
  if (at && town) {
    const from = end;
    // The word between office and town stays ("cash office"); only the town goes.
    const kept = /^\s+\p{Ll}+(?=\s+(?:in|auf|at|on)\s)/u.exec(town[0])?.[0] ?? '';
    state.text = `${state.text.slice(0, from)}${kept} ${state.text.slice(from + town[0].length)}`;
  }
  const newcomer = NEWCOMER.test(lower);
  take(state, rx('zum\\s+ersten\\s+mal|erstmals|for\\s+the\\s+first\\s+time'));
  // "Umgang mit aggressiven Bürgern": what is dealt with is the subject ("Umgang" alone is also the access of a parent).
  take(state, rx('umgang(?=\\s+mit\\s+\\p{L})'));
  take(state, ASKER);
  const audienceContext = AUDIENCE_CONTEXT.test(lower);
  let audienceInCompound = false;
  // "Führungskräfteseminare" in one word are "Führungskräfte-Seminare": the seminars for them.
  state.text = state.text.replace(GENERIC_TAIL, (whole, head: string, tail: string) =>
    COURSES_AFTER.test(`-${tail}`) &&
    !KEEP_WHOLE.test(head) &&
    AUDIENCES.some(([re]) => re.exec(head)?.[0].length === head.length)
      ? `${head}-${tail}`
      : whole,
  );
  for (const [re, fragment] of AUDIENCES) {
    const m = re.exec(state.text);
    if (!m) continue;
    const compound = COURSES_AFTER.test(state.text.slice(m.index + m[0].length));
    // ("eine Genehmigung der Amtsleitung": who approves, not for whom)
    if ((!audienceContext && !compound) || APPROVAL_OF.test(state.text.slice(0, m.index))) continue;
    if (take(state, re)) {
      filters.audience = fragment;
      audienceInCompound = compound;
      // ("people working in a Sekretariat": who they are, said with the audience)
      take(state, PEOPLE_WORKING);
      break;
    }
  }
  // "Ich arbeite im Bauhof, gibt es Schulungen für uns?": the asker's office is the audience asked for.
  if (!filters.audience && workplace && FOR_US.test(lower))
    filters.audience = AUDIENCES.find(([re]) => re.test(`für den ${workplace}`))?.[1];
  const level = filters.audience ? undefined : LEVELS.find(([re]) => re.test(state.text));
  if (level) filters.audience = level[1];

  // Trainer: "Frau Lange", "Herrn Dr. Albers", "Trainerin Schneider".
  // Typed all in lower case ("kurse von frau mueller"), a name is the word after "frau"/"herr".
  let trainerTitles: TrainerTitle[] = [];
  const trainerPattern = !/\p{Lu}/u.test(state.text) ? TRAINER_LOWER : TRAINER.test(state.text) ? TRAINER : TRAINER_EN;
  const trainerMatch = trainerPattern.exec(state.text);
  if (trainerMatch) {
    filters.trainer = (trainerMatch[1] ?? trainerMatch[2]).split(/\s+/).map((w) => w.toLowerCase());
    take(state, trainerPattern);
    // "Frau Schulze" is not Herr Schulze, "Dr. Hofmann" not Frau Hofmann: how the trainer was addressed.
    const addressed = trainerMatch[0].toLowerCase();
    trainerTitles = [
      ...(/\b(?:frau|ms|mrs|miss)\b/.test(addressed) ? (['frau'] as const) : []),
      ...(/\b(?:herrn?|mr)\b/.test(addressed) ? (['herr'] as const) : []),
      ...(/\bdr\b/.test(addressed) ? (['dr'] as const) : []),
    ];
  }
  // Place candidates: "in Glehn", "im Kreishaus Grevenbroich". Checked against the catalogue by the search.
  const places: string[] = [];
  // The asker's own places are none of a seminar: where the asker is ("Wir sind im Hauptamt Bad Liebenstein", "ich soll
  // bei der Gemeinde Bretzfeld …") is the setting at once; what is theirs ("unseres Rathauses in Bad Liebenstein") when
  // a story tells of it ("mein Sachgebiet in Teilzeit" may be the subject).
  const askerAt: string[] = [];
  const askersOwn: string[] = [];
  // "im Raum 127", "in room E.14": the room's number first, then the kind of room (a "Schulungsraum 1.12" too).
  for (let room = take(state, ROOM); room; room = take(state, ROOM))
    places.push(room[2].toLowerCase(), /^room$/i.test(room[1]) ? 'raum' : room[1].toLowerCase());
  for (const m of state.text.matchAll(/\p{Lu}/u.test(state.text) ? PLACE : PLACE_LOWER)) {
    const named = [m[1], m[2] ?? ''].join(' ');
    // "in the Arabic course", "at the AI seminar": the course's name, no place.
    if (/\bthe\s/i.test(m[0]) && OFFERING_AFTER.test(state.text.slice(m.index + m[0].length))) continue;
    const before = state.text.slice(0, m.index);
    // ("Ich sitze den ganzen Tag am Bildschirm im Bürgerbüro Mühldorf": where the asker sits, however far before.)
    // (Unless the question asks there: "Ich arbeite in Blaubeuren. Welche Seminare finden dort statt?")
    const sits = THERE.test(state.text)
      ? null
      : (ASKER_SITS.exec(before.split(/[,.;:!?–—]|\s(?:und|and|aber|but)\s/).at(-1)!) ??
        // ("Ich bin seit Juli Vorarbeiter im Bauhof": the office the asker works in, as read above; said again, as in
        // "… Welche Seminare finden im Kreishaus statt?", it is the place asked for.)
        (workplace &&
        named.trim().toLowerCase() === workplace &&
        !before.toLowerCase().includes(workplace) &&
        /^\W*(?:ich|wir)\b/i.test(at?.[0] ?? '')
          ? m
          : null));
    const own = OWN_BEFORE.exec(before) ?? sits;
    const employer = !own && /^bei\s/i.test(m[0]) && /\b(?:ich|wir)\b/i.test(before);
    if (own || employer) {
      const words = named.toLowerCase().split(/\s+/).filter(Boolean);
      askersOwn.push(...words);
      if (employer || sits || ASKER_AT.test(own?.[0] ?? '')) askerAt.push(...words);
      continue;
    }
    // A town that is also a word ("Was gibt es in Wissen?"): written with a capital right after "in".
    // (Not an idiom: "kommt in Frage", "in Betracht", "in Anspruch nehmen", "in Kürze", "in Ruhe".)
    const town =
      /^\s*in\s+\p{Lu}/u.test(m[0]) &&
      !named.trim().includes(' ') &&
      !/^(?:frage|betracht|anspruch|kürze|ruhe|zukunft|ordnung)$/i.test(named.trim());
    const words = named
      .split(/\s+|(?<=\bSt\.)/)
      .map((w) => w.replace(/\.$/, ''))
      .filter((w) => w && !NOT_PLACES.test(w) && (town || !STOPWORDS.has(w.toLowerCase())));
    if (words.length) places.push(...words.map((w) => w.toLowerCase()));
  }
  if (places.length) filters.place = [...new Set(places)];
  // Provider candidates: "bietet das NSI", "vom Land NRW". A bare acronym ("NSI-Kurse", "Sicherheit in der IT") stays
  // a search word: the search takes it for a provider only when no seminar has it in its texts.
  const providers = new Set<string>();
  for (const m of state.text.matchAll(PROVIDER)) {
    // "Ich wechsle vom Standesamt in die Bauaufsicht": a move from one office to another names no provider.
    if (/^(?:vom|von|from)\b/i.test(m[0].trimStart()) && FROM_TO.test(state.text.slice(m.index + m[0].length)))
      continue;
    // Nor where the asker joins from ("von Lohr aus online mitmachen").
    if (/^(?:vom|von)\b/i.test(m[0].trimStart()) && /^\s+aus\b/i.test(state.text.slice(m.index + m[0].length)))
      continue;
    // Nor a plural noun after "von" without an article ("keine Ahnung von Haushaltsplänen", "Beantragen von Fördermitteln").
    // (Nor a compound's plural: "zum Erkennen von Phishing-Mails".)
    if (/^von\s+\p{Lu}\p{Ll}+(?:en|ern|eln|n)$|^von\s+\p{Lu}\p{Ll}+-\p{Lu}?\p{Ll}+s$/u.test(m[0].trim())) continue;
    const w = m[1].split(/\s+/)[0];
    // ("beim Datenschutzkurs" names a course, not who offers it)
    if (GENERIC_COMPOUND.test(w)) continue;
    // (Nor the genitive of where the asker sits: "im Vorzimmer des Bürgermeisters".)
    const lowerW = w.toLowerCase();
    if (!NOT_PLACES.test(w) && !STOPWORDS.has(lowerW) && !places.includes(lowerW) && !askerAt.includes(lowerW))
      providers.add(lowerW);
  }
  for (const m of state.text.matchAll(OFFERED_BY_NAME))
    for (const w of m[1].split(/\s+/))
      if (w !== '&' && !places.includes(w.toLowerCase())) providers.add(w.toLowerCase());
  // Named as the one that offers: "What does the IT department offer?" names IT even though "IT" is a topic word.
  for (const m of state.text.matchAll(OFFERED_BY)) {
    // Of an English name, the words written with a capital ("the IT department": IT), not whose it is ("the county's").
    for (const w of (m[1] ?? m[3] ?? m[2])
      .split(/\s+/)
      .filter((x) => !/['’]s?$/.test(x))
      // (written all in lower case, the name is every word but the kind of unit: "the unfallkasse nord")
      .filter(
        (x, i) =>
          m[1] ||
          m[3] ||
          i === 0 ||
          /^\p{Lu}/u.test(x) ||
          (!/\p{Lu}/u.test(m[2]) && !/^(?:department|office|team|unit|section|division|cent(?:er|re))$/i.test(x)),
      )) {
      if ((/^\p{Lu}{2,}$/u.test(w) || !STOPWORDS.has(w.toLowerCase())) && !places.includes(w.toLowerCase()))
        providers.add(w.toLowerCase());
    }
  }
  let providerOrSubject = false;
  for (const m of state.text.matchAll(NAMED_OFFERER)) {
    // ("what the Kommunale Unfallversicherung Bayern offers": a name of several words, each capitalised after the first;
    // not "welche Kurse die VHS im Herbst anbietet")
    const [first, ...more] = (m[1] ?? m[2] ?? m[3] ?? m[4]).split(/\s+/);
    const capitalised = more.findIndex((x) => !/^\p{Lu}/u.test(x));
    // ("angebote der verwaltungsakademie bordesholm": after "der", the name is every word up to the end)
    const name = [first, ...(capitalised < 0 || m[3] || m[4] ? more : more.slice(0, capitalised))].map((x) =>
      x.toLowerCase(),
    );
    if (name.length < more.length + 1 && m[1]) continue;
    // ("was macht die unfallkasse so": whoever it is, or what a course is about)
    if (m[2] || m[4]) providerOrSubject = true;
    for (const w of name) if (!STOPWORDS.has(w) && !places.includes(w)) providers.add(w);
    // ("kurse der bayerischen verwaltungsschule": the name with its adjective is whose, no words to search)
    if (m[3])
      state.text = state.text.replace(/(\s(?:der|von\s+der)\s+)\p{L}+(?:en|er)\s+(?=\p{L}[\p{L}.-]*\p{L}\W*$)/iu, '$1');
  }
  if (providers.size) filters.provider = [...providers];

  // "Is registration still open for it?" asks the deadline; "open" is no topic there.
  take(state, rx('registration\\s+(?:still\\s+)?open|still\\s+open\\s+for\\s+registration'));
  // "Darf ich ChatGPT bei der Arbeit nutzen?": where one is when doing it is no topic.
  take(state, AT_WORK);
  take(state, GOING_THERE);
  take(state, STORY_ASIDES);
  take(state, FREE_TIME);
  const unwanted = take(state, EXCEPT);
  const except = unwanted ? parseQuestion(unwanted[1], now, timeZone).terms : [];
  // What is left is the topic: synonyms first (they may span words), then single words.
  const compounds: string[] = [];
  state.text = dropGenericTails(state.text, compounds);
  const terms: SearchTerm[] = [];
  let rest = state.text.toLowerCase();
  // The longest phrase first: "information security officer" is the ISB, not information security and an officer.
  const matching = SYNONYMS.map((syn) => ({ syn, length: syn.pattern.exec(rest)?.[0].length ?? 0 })).filter(
    (x) => x.length > 0,
  );
  const compoundTails = new Set<string>();
  for (const { syn } of matching.sort((a, b) => b.length - a.length)) {
    const m = syn.pattern.exec(rest);
    if (!m) continue;
    // "KI" needs to be the acronym, not the English article "ai" inside a German sentence: accept as written.
    const alternatives = syn.replace ? syn.terms : [m[0].replace(/\s+/g, ' '), ...syn.terms];
    terms.push({
      text: m[0],
      alternatives: [...new Set(alternatives)],
      known: true,
      ...(syn.related ? { related: syn.related } : {}),
      ...(syn.broader ? { broader: syn.broader } : {}),
    });
    // "Burnout-Prävention": after the known word, the compound's generic rest says what is done about it.
    const tail = /^-(\p{L}{4,})(?![\p{L}-])/u.exec(rest.slice(m.index + m[0].length));
    if (tail) compoundTails.add(tail[1]);
    rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
    // Named again later ("We need to tender … Is there a course on public procurement?"): the later one is asked.
    const again = syn.pattern.exec(rest);
    if (again) {
      const term = terms[terms.length - 1];
      term.text = again[0];
      if (!syn.replace) term.alternatives = [...new Set([again[0].replace(/\s+/g, ' '), ...term.alternatives])];
      // A German noun asked for ("gibt es einen Social-Media-Kurs?"): where nothing has it, nothing fits.
      const at = text.toLowerCase().lastIndexOf(again[0]);
      if (language === 'de' && at >= 0 && /^\p{Lu}/u.test(text.slice(at))) term.noun = true;
      rest = `${rest.slice(0, again.index)} ${rest.slice(again.index + again[0].length)}`;
    }
  }
  // "Modul 2", "Teil II": a numbered part of a series is one term, number and all ("Modul 1" is not "Modul 2").
  for (const m of [...rest.matchAll(SERIES_PART)]) {
    const [word, number] = [m[1], m[2]];
    const other = ROMAN[number] ?? Object.keys(ROMAN).find((k) => ROMAN[k] === number);
    const alternatives = [`${word} ${number}`, ...(other ? [`${word} ${other}`] : [])];
    terms.push({ text: `${word} ${number}`, alternatives });
    rest = rest.replace(m[0], ' ');
  }
  const hasCase = /\p{Lu}/u.test(text.slice(1)) && /\p{Ll}/u.test(text);
  // The name runs until a word that is no part of one ("courses by ekom21 on security").
  const byName = new Set<string>();
  for (const m of text.matchAll(BY_NAME))
    for (const w of m[1].toLowerCase().split(/\s+/)) {
      if (STOPWORDS.has(w)) break;
      byName.add(w);
    }
  const originalCase = new Map<string, string>();
  for (const [w] of tokens(state.text)) originalCase.set(w.toLowerCase(), w);
  const restWords = tokens(rest);
  for (const [k, [w, parts]] of restWords.entries()) {
    const raw = originalCase.get(w) ?? w;
    if (!isContentWord(raw)) continue;
    const lw = w.toLowerCase();
    if (terms.some((t) => t.text === lw || t.alternatives.includes(lw))) continue;
    // German writes nouns with a capital: "zur elektronischen Signatur" is about a signature (when the text has case).
    // An infinitive made a noun is a doing still ("zum Gestalten von Trauungen").
    const nounDoing =
      /^(?:zum|beim|vom)$/i.test(restWords[k - 1]?.[0] ?? '') && /^\p{L}{4,}en$/u.test(lw) && !NOUN_ENDING.test(lw);
    const noun =
      language !== 'de'
        ? undefined
        : nounDoing
          ? false
          : hasCase
            ? /^\p{Lu}/u.test(raw)
              ? true
              : ADJECTIVE.test(raw)
                ? false
                : undefined
            : DOING.test(lw) || (LOWER_ADJECTIVE.test(lw) && NOUN_ENDING.test(restWords[k + 1]?.[0] ?? ''))
              ? false
              : undefined;
    // A capitalised word kept as typed ("Fuehrungskraefte", maybe a name): its umlaut spelling as well.
    const spelt = language === 'de' && /ae|oe|ue/.test(lw) ? withUmlauts(lw) : lw;
    // "Ersthelferin", "Sachbearbeiterinnen": the catalogue may say "Ersthelfer".
    const feminine = language === 'de' ? /^(\p{L}{4,}(?:er|ent|ist|eur|ant))in(?:nen)?$/u.exec(lw)?.[1] : undefined;
    const alternatives = [
      lw,
      ...(parts ? [parts.toLowerCase()] : []),
      ...(spelt !== lw ? [spelt] : []),
      ...(feminine ? [feminine] : []),
    ];
    terms.push({
      text: lw,
      alternatives,
      ...(noun === undefined ? {} : { noun }),
      ...(byName.has(lw) ? { named: true } : {}),
    });
  }
  // "Welche davon sind kostenlos?": the seminars just shown, narrowed; "davon" is no subject.
  const ofThem = OF_THEM.test(text);
  let deduped = terms.filter(
    (t, i) =>
      terms.findIndex((u) => u.text === t.text) === i &&
      !((ofThem || pick !== undefined) && /^(?:davon|denen|diesen|those|these|them)$/.test(t.text)) &&
      // ("Is it in English or German?" asks the language, it looks for none)
      !(facts.includes('language') && /^(?:german|english|deutsch|englisch)$/.test(t.text)),
  );
  // Where the asker works and the course's level qualify what is asked; they are not its subject.
  const levelWord = level && new RegExp(`^(?:${level[0].source})$`, 'iu');
  for (const t of deduped)
    if (t.text === workplace || askerAt.includes(t.text) || (t.text === 'team' && IN_THE_TEAM.test(text)))
      Object.assign(t, { context: true, setting: 'where' });
  for (const t of deduped) if (levelWord?.test(t.text) || compoundTails.has(t.text)) t.context = true;
  // "Ich bin seit Juli Vorarbeiter im Bauhof": what the asker is there is who asks, as where.
  const role = at && workplace && /^(?:ich\s+bin|i\s+am|i['’]m)\b/i.test(at[0]) ? at[0].toLowerCase().split(/\s+/) : [];
  for (const t of deduped) if (!t.known && role.slice(1, -2).includes(t.text)) t.context = true;
  // "Englisch für die Bürgerberatung", "Excel für die Sachbearbeitung": after a subject, for whom is the setting.
  for (const m of state.text.matchAll(FOR_WHOM)) {
    const [subject, whom] = [m[1].toLowerCase(), m[2].toLowerCase()];
    // "mich für das Vergaberecht anmelden": registering oneself for it, not a course for someone.
    // "Muss ich für das Grundseminar etwas bezahlen?": paying for it, not a course for someone.
    if (/^(?:mich|dich|sich|uns|euch|ich|wir|man|du|ihr)$/.test(subject)) continue;
    const t = deduped.find((x) => x.text === whom);
    // After a generic word ("Lehrgang für den Bauhof"), whatever else the question names is the subject.
    const subjects = deduped.filter((x) => x !== t && !x.context && !x.text.includes(' '));
    const named = STOPWORDS.has(subject) ? subjects.length > 0 : subjects.some((x) => x.text === subject);
    // ("etwas für den Rücken" is for the back: what it is about, no one it is for)
    if (t && named && !/^(?:rücken|nacken|augen|kopf|gesundheit|seele|stimme|nerven)$/.test(whom))
      Object.assign(t, { context: true, setting: 'forWhom' });
  }
  // In such a story, the people it happens with are the setting too: what happens is the subject.
  if (story) for (const t of deduped) if (PEOPLE.test(t.text)) Object.assign(t, { context: true, setting: 'withWhom' });
  // Every seminar here is about administration: beside another thing ("Verwaltung der Freiwilligen Feuerwehr"), that
  // thing is the subject.
  if (deduped.some((t) => t.noun && !GENERIC_NOUN.test(t.text)))
    for (const t of deduped) if (GENERIC_NOUN.test(t.text)) t.context = true;
  // "das neue Intranet": being new qualifies the thing; it is no subject of its own (and no thing).
  if (deduped.some((t) => !NEW.test(t.text)))
    for (const t of deduped) if (NEW.test(t.text)) Object.assign(t, { context: true, noun: false });
  // "an intro to Microsoft Teams": the kind of course, beside its subject.
  if (deduped.some((t) => !INTRO.test(t.text) && !t.context))
    for (const t of deduped) if (INTRO.test(t.text)) t.context = true;
  if (deduped.some((t) => !STAFF.test(t.text) && !t.context))
    for (const t of deduped) if (STAFF.test(t.text)) t.context = true;
  // "Ich bin seit Kurzem Führungskraft – was gibt es für mich?": the courses for managers, those for new ones first.
  if (newcomer && filters.audience) {
    const own = deduped.find((t) => t.alternatives.includes('neu'));
    if (own) own.context = true;
    else deduped.push({ text: 'neu', alternatives: ['neu', 'new'], context: true });
  }
  // ("bearbeitet seit Kurzem Anträge auf Mietzuschuss": since when, no topic)
  for (const t of deduped) if (t.text === 'seit kurzem') t.context = true;
  // Adjacent words may be a name ("Microsoft Teams", "Open Data"): the phrase counts as a term of its own, so the
  // seminar that has it beats one that has the words apart ("Kanban im Team" … "Microsoft Planner").
  const lowerRest = state.text.toLowerCase();
  const words = tokens(lowerRest).filter(([w]) => isContentWord(originalCase.get(w) ?? w) && !w.includes('-'));
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i][0];
    const b = words[i + 1][0];
    const adjacent = new RegExp(`${escape(a)}\\s+${escape(b)}`).test(lowerRest);
    const [ta, tb] = [deduped.find((t) => t.text === a), deduped.find((t) => t.text === b)];
    if (adjacent && ta && tb) {
      // Two words of the asker's setting ("bei der Gemeinde Bretzfeld") are the setting together too.
      const setting =
        ta.context && tb.context
          ? { context: true, ...(ta.setting && ta.setting === tb.setting ? { setting: ta.setting } : {}) }
          : {};
      deduped.push({ text: `${a} ${b}`, alternatives: [`${a} ${b}`], ...setting });
    }
  }

  // A story around the question ("Unser Budget ist leer – welche kostenlosen Seminare gibt es im November?"). When the
  // asking clause names a subject, the story's words only order. When it names none, it may ask about the seminar of
  // the conversation (a remark after it is no topic: "Was kostet das? Wir sind eine kleine Gemeinde."), or by filters
  // only (the story's words count where the catalogue knows them), or point at the story ("– gibt es da was?").
  // (A heading before the question is its subject, no story: "Sitzungsdienst – gibt es noch freie Plätze?")
  const asking = askingClause(typed);
  const told = asking ? typed.slice(0, typed.lastIndexOf(asking)) : '';
  const before = told.replace(/[\s–—:-]+$/u, '');
  // (a heading ends in a colon however it is written: "klartext seminar: kann ich da auch online teilnehmen?")
  // (So does a subject before a dash, with no one doing anything: "streit unter kollegen – gibt es im januar was?",
  // not "ich bin neu – gibt es was?")
  const heading =
    before.split(/\s+/).length <= 3 &&
    (/:\s*$/.test(told) ||
      before.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w)) ||
      (/[–—]\s*$/.test(told) && !SOMEONE_DOES.test(before) && !/\b(?:frage|question)$/i.test(before)));
  const clause = heading ? null : asking;
  if (clause) {
    const sub = parseQuestion(clause, now, timeZone);
    const wordsOf = (x: string) => new Set(tokens(x.toLowerCase()).map(([w]) => w));
    const own = wordsOf(sub.text);
    // (A synonym of the story that the clause names too is the clause's: "get better at spreadsheets … Are there still
    // seats in the Excel course?")
    const outside = (t: SearchTerm) =>
      !t.text.split(' ').every((w) => own.has(w)) && !t.alternatives.some((a) => own.has(a));
    const remark = wordsOf(typed.slice(typed.lastIndexOf(clause) + clause.length));
    const story = typed.slice(0, typed.lastIndexOf(clause));
    const whenAvailable = AVAILABLE.test(story) && Boolean(filters.period || filters.weekday || filters.timeOfDay);
    // ("… kann höchstens anderthalb Stunden weg. Welche Seminare sind so kurz?": the story's length, asked back.)
    const soBack = SO_BACK.test(clause) && Boolean(filters.hours || filters.fee);
    const byFilters = (Object.keys(sub.filters).length > 0 && !POINTS_BACK.test(clause)) || whenAvailable || soBack;
    // A time the story tells of ("weil meine Kollegin im April in Rente geht", "habe im Herbst ein Team übernommen")
    // is no time asked for. Nor is the time of a change in the asker's work ("Ich wechsle im Mai in die Kämmerei … –
    // was gibt es da?", "Ich fange Anfang Mai an … – an welchen Tagen sind die?"): the clause asks of the story's
    // subject. (Not "… in den nächsten zwei Wochen noch eine Fortbildung mache – was gibt es da?": "da" is then.)
    if (filters.period && !sub.filters.period && !whenAvailable && !/\b(dann|then)\b/i.test(clause)) {
      const timed = timedSegments(story, now, timeZone);
      // (nor the time of anything else the story tells, when the clause asks for a subject of its own: "Next week we
      // have visitors … Is there an English course for us?"; unless a training is wanted then)
      const ownTopic = sub.terms.some((t) => !t.context) || Object.keys(sub.filters).length > 0;
      const toldOnly = (t: string) => ownTopic && !TRAINING_WORD.test(t) && !WANTED.test(t);
      if (timed.length > 0 && (timed.every((t) => TOLD.test(t)) || timed.every(storyEvent) || timed.every(toldOnly)))
        delete filters.period;
    }
    const thenRef =
      /\b(dann|then|da)\b|\ban\s+(?:dem|diesem)\s+tag\b|\bthat\s+day\b/i.test(clause) &&
      Boolean(filters.period) &&
      !TOPIC_BACK.test(clause);
    // "abends kann ich kaum noch abschalten": the evening of a story is when the asker is tired, not free.
    if (filters.timeOfDay === 'evening' && !sub.filters.timeOfDay && !whenAvailable) delete filters.timeOfDay;
    // A fact asked of a named seminar is its fact, whenever the asker can ("muss aber nachmittags mein Kind abholen.
    // Wie lange dauert die?").
    if (sub.intent === 'fact' && !sub.filters.timeOfDay && !whenAvailable) delete filters.timeOfDay;
    // The time the clause asks of is the one: "My calendar is packed until the end of May. What is there in June?"
    if (sub.filters.period && filters.period !== sub.filters.period) filters.period = sub.filters.period;
    // Nor is someone the story names ("weil der Kreistagsausschuss ausfällt") a provider asked for.
    if (
      filters.provider &&
      (sub.terms.some((t) => !t.context) || byFilters) &&
      !/\b(?:da|dort|there)\b/i.test(clause)
    ) {
      const named = filters.provider.filter((p) => sub.filters.provider?.includes(p));
      if (named.length) filters.provider = named;
      else delete filters.provider;
    }
    // Nor is a colleague the story names a trainer asked for ("meine Kollegin Frau Barden ist … – gibt es ein Seminar
    // zu barrierefreien PDFs?").
    // Nor when the clause asks by filters alone ("Mein Kollege Herr Aigner … Gibt es auch mehrtägige Seminare?"), unless
    // it points at that person ("Welche Kurse gibt sie sonst noch?").
    const trainer = filters.trainer;
    if (
      trainer &&
      !sub.filters.trainer &&
      (sub.terms.some((t) => !t.context && !trainer.includes(t.text)) ||
        (Object.keys(sub.filters).length > 0 && !/\b(?:er|sie|ihm|ihr|he|she|him|her|they|them)\b/i.test(clause)))
    )
      delete filters.trainer;
    // "Herr Kühnel aus der IT hat uns … geholfen. Welche Kurse gibt er?": the courses of the one the story names, not
    // its words.
    if (
      filters.trainer &&
      !sub.filters.trainer &&
      !sub.terms.some((t) => !t.context) &&
      /\b(?:er|sie|he|she)\b/i.test(clause)
    ) {
      deduped.splice(0, deduped.length, ...deduped.filter((t) => !outside(t)));
      delete filters.place;
    }
    // "Our safety officer mentioned the Unfallkasse. What courses does it offer?": the courses of the one the story
    // names (a name, written with a capital), looked for as who offers them, not its words.
    if (!filters.trainer && !filters.provider && !sub.terms.some((t) => !t.context) && OFFERS_IT.test(clause)) {
      const names = deduped.filter(
        (t) => outside(t) && !t.text.includes(' ') && /^\p{Lu}/u.test(originalCase.get(t.text) ?? ''),
      );
      if (names.length)
        deduped.splice(0, deduped.length, ...names.map((t) => Object.assign(t, { named: true, context: undefined })));
    }
    // What is asked is what the clause asks ("Ich hock den ganzen Tag am Schreibtisch – gibt's was dagegen?"), and
    // "until when" of the registering the story tells ("Ich möchte mich … anmelden. Bis wann ist das möglich?") is the
    // deadline.
    facts =
      REGISTERING.test(story) && /\b(?:bis\s+wann|until\s+when)\b/i.test(clause)
        ? [...new Set(sub.facts.map((f): FactKind => (f === 'when' ? 'deadline' : f)))]
        : sub.facts;
    // What the clause says of the time is what is asked ("Ich plane mein Frühjahr – welche Seminare im Februar …?",
    // "Morgen fällt meine Besprechung aus – gibt es morgen eine Schulung?"): it beats the story's, and its time words
    // are no topic.
    if (sub.filters.period || sub.filters.weekday || sub.filters.timeOfDay) {
      if (sub.filters.period) filters.period = sub.filters.period;
      if (sub.filters.weekday) filters.weekday = sub.filters.weekday;
      if (sub.filters.timeOfDay) filters.timeOfDay = sub.filters.timeOfDay;
      const clauseTerms = new Set(sub.terms.map((t) => t.text));
      deduped.splice(0, deduped.length, ...deduped.filter((t) => outside(t) || clauseTerms.has(t.text)));
    }
    // "… sucht eine Digitallotsin – gibt es dafür eine Ausbildung?": the clause points at the story, which is the
    // subject, and names only the kind of offering.
    const pointsBack = POINTS_BACK.test(clause);
    // "Unsere Verwaltung in Bad Liebenstein arbeitet ab Herbst papierlos – gibt es dazu eine Schulung?": pointing back
    // at what the story is about, not at its times and places, which are the asker's.
    if (TOPIC_BACK.test(clause) && !whenAvailable) {
      const storyPlaces = sub.filters.place ? [] : (filters.place ?? []);
      for (const k of ['period', 'weekday', 'timeOfDay', 'place'] as const) if (!sub.filters[k]) delete filters[k];
      // (A place word the vocabulary knows as a subject stays one: "im Homeoffice – gibt es dazu etwas?".)
      for (const t of deduped)
        if (storyPlaces.includes(t.text) && t.alternatives.length === 1)
          Object.assign(t, { context: true, setting: 'where' });
    }
    if (pointsBack)
      deduped.splice(0, deduped.length, ...deduped.filter((t) => outside(t) || !OFFERING_KIND.test(t.text)));
    if (sub.terms.some((t) => !t.context) && !pointsBack) {
      for (const t of deduped) if (outside(t)) t.context = true;
      // The asker's own place in such a story is where they work ("… unseres Rathauses in Bad Liebenstein – gibt es einen
      // Social-Media-Kurs?").
      for (const t of deduped)
        if (outside(t) && t.text.split(' ').every((w) => askersOwn.includes(w))) t.setting = 'where';
      // A fact about a seminar the clause names: the story's times and places are the asker's ("Ich muss morgens
      // die Kinder in die Kita bringen – wann fängt X an?"), not the seminar's.
      if (sub.intent === 'fact')
        for (const k of Object.keys(filters) as (keyof QuestionFilters)[]) if (!(k in sub.filters)) delete filters[k];
      // So are the story's places when the clause asks for a subject ("Unser Bürgermeister in Neuenstein will … – gibt
      // es was zu Social Media?").
      const askedPlaces = filters.place?.filter((p) => sub.filters.place?.includes(p)) ?? [];
      if (askedPlaces.length) filters.place = askedPlaces;
      else delete filters.place;
    } else if (sub.followUp) {
      deduped.splice(
        0,
        deduped.length,
        ...deduped.filter((t) => !(outside(t) && t.text.split(' ').every((w) => remark.has(w)))),
      );
    } else if (sub.intent === 'list' && (byFilters || thenRef)) {
      // Where the asker works is no word of the story to look for ("Ich bin im Sommer viel im Homeoffice – was gibt es
      // im August online?").
      const settings = deduped.filter((t) => outside(t) && t.setting);
      deduped.splice(0, deduped.length, ...deduped.filter((t) => !settings.includes(t)));
      // Nor is a place the story names where the seminars are to be, unless the clause points at it ("… – was gibt es
      // dort?"): "Fahrten nach Görlitz sind schwierig – welche Online-Seminare gibt es im März?".
      const there = /\b(?:dort|there|hier|here)\b/i.test(clause) || (/\bda\b/i.test(clause) && !thenRef);
      const places =
        filters.place?.filter(
          (p) => !settings.some((t) => t.text === p) && (there || sub.filters.place?.includes(p)),
        ) ?? [];
      if (places.length) filters.place = places;
      else delete filters.place;
      // Unless the story says what is to be learnt ("my boss wants me to learn the basics of building permits"): then
      // that is the subject, asked for in the clause's time.
      if (!LEARN_GOAL.test(story)) for (const t of deduped) if (outside(t)) t.story = true;
    }
  }

  // Filters that are questions about one seminar when a seminar is named ("Ist der Scrum-Kurs kostenlos?").
  const asked = askedPart(text);
  const pointedAt = TRAINER_OTHERS.exec(asked)?.slice(1).find(Boolean)?.toLowerCase();
  const trainerOthers = !pointedAt
    ? undefined
    : /^(?:der|er|he|him)$/.test(pointedAt)
      ? ('he' as const)
      : /^(?:die|sie|she|her)$/.test(pointedAt)
        ? ('she' as const)
        : ('either' as const);
  // (after a heading too: "klartext seminar: kann ich da auch online teilnehmen?")
  // (or after a pick: "and the first one, is that online?")
  const yesNo =
    YES_NO_START.test(asked.replace(/^(?:\S+\s+){0,2}\S+:\s+/u, '')) ||
    ((PICK.test(asked) || IT_AFTER_COMMA.test(asked)) && YES_NO_START.test(asked.split(/,|\s[-–—]\s/).pop() ?? ''));
  // A place is no topic ("Gibt es im März in Kappeln noch freie Plätze?" lists what has seats there).
  // (Nor are the words of a story around a question asked by filters: "Wir haben noch Budget übrig – wo sind …?")
  const namesTopic =
    deduped.some((t) => !t.story && !filters.place?.includes(t.text)) ||
    Boolean(filters.trainer) ||
    Boolean(filters.provider);
  // "qgis kurs online?", "erste hilfe kurs kostenlos?": a short question without a question word about a named seminar
  // asks whether it is.
  const terse = /\?\s*$/.test(asked) && asked.split(/\s+/).length <= 5 && !QUESTION_WORD.test(asked);
  const terseFree = terse && TERSE_FREE.test(asked);
  // "Geht das über mehrere Tage?", "das letzte davon – ist das mehrtägig?": how long the one talked about lasts.
  if (filters.multiDay && !facts.length && MULTI_DAY_ASKED.test(asked.slice(asked.search(/[^,–—]*$/)))) {
    facts = ['duration'];
    delete filters.multiDay;
  }
  if (freeWord && facts.length && AND_FREE.test(lower)) facts = [...new Set<FactKind>([...facts, 'cost'])];
  else if (freeWord) {
    if ((yesNo || terseFree) && namesTopic && !/^\s*(gibt|are\s+there|is\s+there)/i.test(asked))
      facts = [...new Set<FactKind>(['cost', ...facts])];
    else if ((yesNo || FEE_OF_IT.test(asked)) && !namesTopic && !/^\s*(gibt|are\s+there|is\s+there)/i.test(asked))
      facts = [...new Set<FactKind>(['cost', ...facts])];
    else {
      filters.free = true;
      facts = facts.filter((f) => f !== 'cost');
    }
  }
  // ("either on site or online" names the hybrid format, asks no choice)
  const asksFormat =
    !/\b(?:either|wahlweise|sowohl)\b/i.test(lower) &&
    /\b(online\s+oder|oder\s+(ist\s+(es|das|er)\s+)?(in\s+)?präsenz|oder\s+(ist\s+(es|das|er)\s+)?vor\s+ort|oder\s+digital|oder\s+online|oder\s+(?:muss|müssen)\s+(?:man|ich|wir)\s+(?:\S+\s+){0,2}?(?:vor\s+ort|in\s+präsenz|hinfahren|hinkommen)|online\s+or|or\s+online|or\s+(is\s+it\s+)?in\s+person|format)\b/i.test(
      lower,
    );
  // "Was kostet der Excel-Kurs und ist der online?": a second question, of the same seminar, after the first.
  if (formatWord && facts.length && AND_FORMAT.test(lower)) {
    facts = [...new Set<FactKind>([...facts, 'format'])];
    delete filters.format;
  } else if (formatWord && facts.length && FORMAT_AND.test(lower)) {
    facts = [...new Set<FactKind>(['format', ...facts])];
    delete filters.format;
  }
  // "Ist das Webinar zu X kostenlos?": the format word names the seminar; the question is the other fact.
  else if (formatWord && (asksFormat || ((yesNo || (terse && deduped.length > 0)) && !facts.length))) {
    if (!LISTING_START.test(asked)) {
      facts = [...new Set<FactKind>(['format', ...facts.filter((f) => f !== 'where')])];
      delete filters.format;
    }
  }
  // "Is it in English?", "Ist der Vergabekurs auf Englisch?": whether the seminar talked about or named is held in it.
  if (languageWord && !facts.length && LANGUAGE_OF_IT.test(asked)) facts = ['language'];
  if (facts.includes('language')) delete filters.language;
  // "Muss ich da hinfahren?", "Do I have to travel there?": whether it is held on site.
  if (MUST_TRAVEL.test(lower) && !asksFormat) {
    facts = [...new Set<FactKind>(['format', ...facts.filter((f) => f !== 'where')])];
    // ("muss ich da ins Rathaus kommen?" asks whether, it names no format to look for)
    if (filters.format === 'in_person') delete filters.format;
  }
  // "Gibt's da noch freie Plätze?": "da" points at the seminar of the conversation, so it is not a search.
  const pointsBack = POINTS_BACK.test(lower);
  // "Wie viele Plätze sind noch frei?" asks a number, of the seminar of the conversation when none is named.
  const asksCount = /\b(wie\s*viele|how\s+many)\b/i.test(lower);
  let seatsOfFocus = false;
  // "online?" alone, in a conversation about one seminar, asks whether that one is; so does "Gibt es den auch online?".
  const formatOfFocus =
    formatWord &&
    (terse || FORMAT_OF_IT.test(asked)) &&
    !namesTopic &&
    Object.entries(filters).every(([k, v]) => v === undefined || k === 'format') &&
    !facts.length;
  // "kostenlos?" alone, in a conversation about one seminar, asks whether that one is.
  const costOfFocus =
    terseFree &&
    asked.split(/\s+/).length <= 2 &&
    !namesTopic &&
    Object.entries(filters).every(([k, v]) => v === undefined || k === 'free') &&
    !facts.length;
  if (seatsWord) {
    // "What about the one in Mettlach, are there still seats?": the seats of one seminar, of the list just shown.
    const oneOfThem = ONE_OF_THEM.test(lower);
    // ("Kurse der VHS im September mit freien Plätzen": a search phrase with the seats as its filter)
    const asksWhich =
      !oneOfThem &&
      (/^\s*(welche|wo\s+(?:sind|gibt|ist)|which|what|where|show|list|zeig)/i.test(asked) ||
        /^\s*(?:kurse|seminare|schulungen|fortbildungen|angebote|veranstaltungen|courses|seminars|trainings)\b/i.test(
          asked,
        ));
    // "Sind im Oktober in Zittau noch Plätze frei?": asked of a time or place, not of one seminar.
    // ("in the AI seminar" is no place).
    const ofTimeOrPlace = Boolean(
      filters.period ||
      (filters.place && !/\b(?:seminars?|courses?|kurs\w*|workshops?|trainings?|schulung\w*)\b/i.test(asked)),
    );
    const asksList = asksWhich || (!namesTopic && (!yesNo || ofTimeOrPlace) && !pointsBack && !asksCount && !oneOfThem);
    // "Welche Führungsseminare haben noch Plätze frei?" lists them, whatever it names.
    if (asksWhich || (asksList && !(facts.length && namesTopic))) {
      // "noch plätze frei" alone, in a conversation about one seminar, asks about that one.
      seatsOfFocus = !asksWhich && !namesTopic && !filters.period && !filters.format;
      filters.seatsAvailable = true;
      facts = facts.filter((f) => f !== 'seats' && f !== 'where');
    } else facts = [...new Set<FactKind>(['seats', ...facts])];
  }
  if (
    !seatsWord &&
    facts.includes('seats') &&
    !namesTopic &&
    /^\s*(welche|which|what)/i.test(text) &&
    !ONE_OF_THEM.test(lower)
  ) {
    facts = facts.filter((f) => f !== 'seats');
    filters.seatsAvailable = true;
  }
  // "Was gibt es im März?", "Which courses are there next week?": a search, not a question about a date.
  const listQuestion =
    /^\s*(welche(?![rn]?\s+(tag|wochentag|termine?|uhrzeit|datum)\b)|was\s+gibt|was\s+für|gibt\s+es|which(?!\s+(?:days?|dates?|time|weekdays?|evenings|mornings|afternoons)\b)|what\s+(courses|seminars|trainings)|are\s+there|is\s+there|show|list|zeig|habt|haben\s+sie)/i.test(
      asked,
    );
  if (listQuestion && facts.every((f) => f === 'when' || f === 'where')) {
    facts = [];
  }
  // "Wo ist was in Glehn?" is a search in a place; "Where does English at the Front Desk take place?" asks where,
  // when "Front Desk" turns out to be no place of the catalogue (the search says so).
  const learn = WHERE_TO_LEARN.test(lower);
  const whereOrPlace = facts.includes('where') && Boolean(filters.place) && !learn;
  const placeOfIt = !facts.length && Boolean(filters.place) && !filters.period && namesTopic && PLACE_OF_IT.test(asked);
  // "Is it here in Magdeburg?", "Ist der im Rathaus?" with nothing else named: where the seminar talked about is held.
  if (!facts.length && filters.place && !filters.period && !namesTopic && PLACE_OF_IT.test(asked)) {
    const placeWords = filters.place;
    deduped = deduped.filter((t) => !placeWords.includes(t.text));
    delete filters.place;
    facts = ['where'];
  }
  if (whereOrPlace || learn) facts = facts.filter((f) => f !== 'where');
  // ("hat der Referent sonst noch?": the trainer named asks for his other seminars, not who he is)
  if (trainerOthers && facts.length === 1 && facts[0] === 'trainer') facts = [];

  // "Welcher ist früher, der Datenschutzkurs oder der Deeskalationskurs?": the dates of both, the earlier first.
  const compared = order ? undefined : comparedIn(lower);
  if (compared && !facts.length) facts = [compared.fact];
  const details = (DETAILS.test(lower) || WHAT_IS_QUOTED.test(text)) && !facts.length;
  const intent: Intent = facts.length ? 'fact' : details ? 'details' : 'list';
  // "Gibt es einen späteren Termin?" names no subject of its own: the conversation's.
  const subjectOfOwn = deduped.some((t) => !t.context);
  // "the English course" names its seminar by the language it is held in.
  // So does its date: "Wo findet das Seminar diesen Donnerstag statt?"
  const hasOwnSubject =
    deduped.length > 0 ||
    Boolean(
      filters.trainer ||
      filters.place ||
      filters.provider ||
      filters.audience ||
      filters.language ||
      filters.period ||
      filters.weekday,
    );
  const followUp = (intent === 'fact' || intent === 'details') && !hasOwnSubject && !order;
  const continues =
    intent === 'list' &&
    hasOwnSubject &&
    CONTINUES.test(asked) &&
    !Object.keys(filters).some(
      (k) => k !== 'place' && k !== 'audience' && k !== 'provider' && filters[k as keyof QuestionFilters] !== undefined,
    );
  // "Und die Woche danach?", "and the month after?": the previous search, in the week or month after its period.
  const following = intent === 'list' ? FOLLOWING_PERIOD.exec(asked) : null;
  if (following) {
    const unit = /^(?:woche|week)$/i.test(following[1] ?? following[2]) ? 'week' : 'month';
    return {
      text,
      language,
      intent,
      facts,
      filters: {},
      terms: [],
      followUp: false,
      refines: true,
      following: unit,
      timeQuestion: true,
    };
  }
  if (fromHome && filters.format === 'online') filters.fromHome = true;
  // Only filters, and the words of a place or name: the previous search, narrowed or moved.
  const facetWord = facetWords(filters);
  const refines =
    intent === 'list' &&
    (CONTINUES.test(asked) ||
      ofThem ||
      /^\s*(?:and\s+)?(?:what|how)\s+about\b/i.test(asked) ||
      ALSO.test(asked) ||
      NARROWED.test(asked)) &&
    pick === undefined &&
    Object.values(filters).some((v) => v !== undefined) &&
    deduped.every((t) => t.context || facetWord.has(t.text));
  return {
    text,
    language,
    intent,
    facts,
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as QuestionFilters,
    terms: deduped,
    followUp,
    ...(continues ? { continues } : {}),
    ...(refines ? { refines } : {}),
    // ("welche davon ist für Ortsbürgermeister?": a subject of its own, looked for among them)
    ...((ofThem && intent === 'list') || (refines && NARROWED.test(asked)) ? { narrows: true } : {}),
    ...(ONE_OF_THEM.test(lower) && deduped.every((t) => t.context || facetWord.has(t.text)) ? { oneOfThem: true } : {}),
    ...(pick !== undefined && !subjectOfOwn ? { pick } : {}),
    ...(pick === undefined && intent === 'fact' && BOTH.test(lower) && !subjectOfOwn ? { pick: 'both' as const } : {}),
    ...(seatsOfFocus && intent === 'list' ? { factOfFocus: 'seats' as const } : {}),
    ...(formatOfFocus && intent === 'list' ? { factOfFocus: 'format' as const } : {}),
    ...(costOfFocus && intent === 'list' ? { factOfFocus: 'cost' as const } : {}),
    ...(formatOfFocus && intent === 'list' && OFFERED_TOO.test(asked) ? { offeredIn: filters.format } : {}),
    ...(intent === 'fact' && NEXT_ONE.test(lower) ? { earliest: true } : {}),
    ...(intent === 'fact' && subjectOfOwn && SEVERAL.test(asked)
      ? { several: TWO_OF.test(asked) ? 2 : MAX_SEVERAL }
      : {}),
    ...(intent === 'list' && LATER.test(lower) && !subjectOfOwn ? { later: true } : {}),
    ...(whereOrPlace ? { whereOrPlace } : {}),
    ...(placeOfIt ? { placeOfIt } : {}),
    ...(order ? { order } : {}),
    ...(except.length ? { except } : {}),
    ...(compared && intent === 'fact' ? { compared: compared.order } : {}),
    ...(trainerTitles.length && filters.trainer ? { trainerTitles } : {}),
    ...(intent === 'list' && OTHERS.test(lower) ? { others: true } : {}),
    ...(trainerOthers && intent === 'list' && !deduped.length && !filters.trainer ? { trainerOthers } : {}),
    ...(providerOrSubject && filters.provider ? { providerOrSubject } : {}),
    ...(filters.audience && !AUDIENCE_ASKED.test(lower) && !audienceInCompound ? { askerOnly: true } : {}),
    ...(compounds.length ? { compounds } : {}),
    timeQuestion: Boolean(filters.period) || facts.includes('when') || facts.includes('startTime'),
  };
}

export { DAY as DAY_MS };
