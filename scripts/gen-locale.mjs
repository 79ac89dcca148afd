#!/usr/bin/env node
// Writes src/core/locale_data.rs, the locale data of src/core/locale.rs, from CLDR's JSON
// packages (npm cldr-core, cldr-dates-full and cldr-numbers-full, pinned in
// browser-tests/package.json and installed there by scripts/setup.sh):
//
//   node scripts/gen-locale.mjs            writes src/core/locale_data.rs
//   node scripts/gen-locale.mjs --stdout   prints it instead (tests/locale.rs compares the
//                                          committed file with this output)
//
// Nothing is typed in by hand: month names, date patterns, digits, number symbols and
// grouping are copied from the locales' files, and the cardinal plural rules are compiled
// from plurals.json into Rust for whole numbers (operands v, w, f, t, c and e are 0).
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MODULES = join(ROOT, "browser-tests", "node_modules");
const OUT = join(ROOT, "src", "core", "locale_data.rs");
const PACKAGES = ["cldr-core", "cldr-dates-full", "cldr-numbers-full"];

function die(message) {
  process.stderr.write(`gen-locale: ${message}\n`);
  process.exit(1);
}

function readJson(relative) {
  const path = join(MODULES, relative);
  if (!existsSync(path)) {
    die(`${path} is missing: run scripts/setup.sh (it installs browser-tests/'s npm packages)`);
  }
  return JSON.parse(readFileSync(path, "utf8"));
}

// The widget's languages: the Rust constant, the CLDR locale of each kind of data, and the
// language whose plural rules apply (CLDR keys plural rules by language).
const LANGS = [
  {
    name: "EN",
    label: "`en`",
    dates: "en",
    // The widget has always written "18 Jan 2026": CLDR's `en` has "MMM d, y", its
    // international English (`en-001`, also `en-GB`) "d MMM y", with "Sept" for September.
    // So `en` takes its month names from `en` and this one pattern from `en-001`.
    dayPattern: "en-001",
    numbers: "en",
    plurals: "en",
  },
  { name: "AR_IQ", label: "`ar-IQ`", dates: "ar-IQ", dayPattern: "ar-IQ", numbers: "ar-IQ", plurals: "ar" },
  { name: "CKB", label: "`ckb`", dates: "ckb", dayPattern: "ckb", numbers: "ckb", plurals: "ckb" },
];

const versions = PACKAGES.map((p) => `${p} ${readJson(`${p}/package.json`).version}`);
const plurals = readJson("cldr-core/supplemental/plurals.json").supplemental;
const numberingSystems = readJson("cldr-core/supplemental/numberingSystems.json").supplemental;
const cldrVersion = plurals.version._cldrVersion;
if (numberingSystems.version._cldrVersion !== cldrVersion) die("cldr-core's files disagree on the CLDR version");

function gregorian(locale) {
  const g = readJson(`cldr-dates-full/main/${locale}/ca-gregorian.json`).main[locale];
  return g.dates.calendars.gregorian;
}

function numbers(locale) {
  return readJson(`cldr-numbers-full/main/${locale}/numbers.json`).main[locale].numbers;
}

function twelve(names, what) {
  const list = [];
  for (let m = 1; m <= 12; m++) {
    if (typeof names[m] !== "string") die(`${what}: month ${m} is missing`);
    list.push(names[m]);
  }
  return list;
}

// A Rust string literal; invisible characters (no-break spaces, bidi marks) are escaped so
// that a reader of the generated file sees them.
function rustString(text) {
  let out = '"';
  for (const ch of text) {
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch !== " " && /[\p{Cc}\p{Cf}\p{Z}]/u.test(ch)) {
      out += `\\u{${ch.codePointAt(0).toString(16)}}`;
    } else out += ch;
  }
  return `${out}"`;
}

const MARKS = {
  0x061c: "U+061C ARABIC LETTER MARK",
  0x200e: "U+200E LEFT-TO-RIGHT MARK",
  0x200f: "U+200F RIGHT-TO-LEFT MARK",
  0x00a0: "U+00A0 NO-BREAK SPACE",
  0x202f: "U+202F NARROW NO-BREAK SPACE",
};

// An array's items laid out as rustfmt lays them out inside \`field: [\n ... \n    ],\`: one a
// line, or, when every item is at most 10 characters wide, as many a line as fit in 100.
function arrayItems(items) {
  const indent = "        ";
  if (items.some((item) => [...item].length > 10)) return items.map((item) => `${indent}${item},`).join("\n");
  const lines = [];
  let line = "";
  for (const item of items) {
    const next = line ? `${line} ${item},` : `${indent}${item},`;
    if ([...next].length > 100) {
      lines.push(line);
      line = `${indent}${item},`;
    } else line = next;
  }
  return [...lines, line].join("\n");
}

// What invisible characters a text holds, in words: "no bidi mark" or "U+200F ...".
function marks(text) {
  const found = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (/[\p{Cf}\p{Z}]/u.test(ch) && ch !== " ") {
      const name = MARKS[cp] ?? `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
      if (!found.includes(name)) found.push(name);
    }
  }
  return found.length ? `holds ${found.join(", ")}` : "no bidi mark or invisible character";
}

// The code points of a text's non-ASCII characters, for the reader: " (U+066C)", or "".
function codePoints(text) {
  const cps = [...text].filter((ch) => ch.codePointAt(0) > 0x7f);
  const names = cps.map((ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  return names.length ? ` (${names.join(" ")})` : "";
}

// The fields src/core/locale.rs expands; any other field in a pattern stops the generator.
const FIELDS = new Set(["d", "dd", "M", "MM", "MMM", "MMMM", "y"]);

function checkPattern(pattern, what) {
  const fields = pattern.replace(/'[^']*'/g, "").match(/([A-Za-z])\1*/g) ?? [];
  for (const f of fields) {
    if (!FIELDS.has(f)) die(`${what} "${pattern}": field ${f} is not one locale.rs expands`);
  }
  return pattern;
}

// Grouping from a decimal pattern such as "#,##0.###": the primary group's size (digits
// after the last comma) and the secondary's (between the last two commas, else the primary).
function grouping(pattern, what) {
  const integer = pattern.split(";")[0].split(".")[0];
  const groups = integer.split(",");
  if (groups.length < 2) die(`${what} "${pattern}": no grouping (locale.rs expects one)`);
  const primary = groups[groups.length - 1].length;
  const secondary = groups.length > 2 ? groups[groups.length - 2].length : primary;
  return { primary, secondary };
}

// ---- plural rules, compiled for whole numbers ---------------------------------------
const CATEGORIES = ["zero", "one", "two", "few", "many"];
const RUST_CATEGORY = { zero: "Zero", one: "One", two: "Two", few: "Few", many: "Many", other: "Other" };

// The rule without its samples: "n % 100 = 3..10 @integer 3~10, …" -> "n % 100 = 3..10".
const ruleText = (rule) => rule.split("@")[0].trim();

// One relation ("n % 100 = 3..10", "v = 0") as Rust over `n`, or true/false when its
// operand is constant for whole numbers.
function relation(text, what) {
  const m = text.match(/^([niwvftce])\s*(?:%\s*(\d+))?\s*(!=|=)\s*([\d.,\s]+)$/);
  if (!m) die(`${what}: cannot read relation "${text}"`);
  const [, operand, modulus, op, list] = m;
  const items = list.split(",").map((item) => {
    const [a, b] = item.trim().split("..").map(Number);
    return b === undefined ? { a, b: a } : { a, b };
  });
  if (operand !== "n" && operand !== "i") {
    // A whole number has no visible fraction digits and no exponent: the operand is 0.
    const value = 0 % (modulus ? Number(modulus) : Infinity);
    const inList = items.some(({ a, b }) => value >= a && value <= b);
    return op === "=" ? inList : !inList;
  }
  const lhs = modulus ? `n % ${modulus}` : "n";
  let rust;
  if (items.length === 1 && items[0].a === items[0].b) {
    rust = `${lhs} ${op === "=" ? "==" : "!="} ${items[0].a}`;
  } else {
    const pats = items.map(({ a, b }) => (a === b ? `${a}` : `${a}..=${b}`)).join(" | ");
    rust = `${op === "=" ? "" : "!"}matches!(${lhs}, ${pats})`;
  }
  return rust;
}

// A condition ("i = 1 and v = 0", "a or b") as Rust, or true/false.
function condition(text, what) {
  let any = false;
  const ors = [];
  for (const clause of text.split(/\s+or\s+/)) {
    const parts = [];
    let possible = true;
    for (const rel of clause.split(/\s+and\s+/)) {
      const r = relation(rel.trim(), what);
      if (r === false) possible = false;
      else if (r !== true) parts.push(r);
    }
    if (!possible) continue;
    if (parts.length === 0) any = true;
    else ors.push(parts.join(" && "));
  }
  if (any) return true;
  if (ors.length === 0) return false;
  return ors.length === 1 ? ors[0] : ors.map((o) => (o.includes("&&") ? `(${o})` : o)).join(" || ");
}

function pluralFunction(lang) {
  const rules = plurals["plurals-type-cardinal"][lang];
  if (!rules) die(`plurals.json has no cardinal rules for ${lang}`);
  const docs = [];
  const arms = [];
  for (const cat of CATEGORIES) {
    const rule = rules[`pluralRule-count-${cat}`];
    if (rule === undefined) continue;
    const text = ruleText(rule);
    docs.push(`/// - ${cat}: \`${text}\``);
    const cond = condition(text, `plurals.json ${lang} ${cat}`);
    if (cond === false) continue;
    arms.push({ cond, cat });
    if (cond === true) break;
  }
  if (rules["pluralRule-count-other"] === undefined) die(`plurals.json ${lang}: no "other" rule`);
  docs.push("/// - other: everything else");
  let body;
  if (arms.length === 0) body = "    Plural::Other";
  else if (arms[arms.length - 1].cond === true) die(`plurals.json ${lang}: a rule always holds`);
  else {
    body = arms
      .map(({ cond, cat }, i) => `    ${i ? "} else if" : "if"} ${cond} {\n        Plural::${RUST_CATEGORY[cat]}\n`)
      .join("");
    body += "    } else {\n        Plural::Other\n    }";
  }
  return [
    `/// \`${lang}\`'s cardinal plural category of a whole number, compiled from CLDR's rules`,
    `/// (\`plurals.json\`, \`plurals-type-cardinal\`, \`${lang}\`):`,
    ...docs,
    `pub(crate) fn plural_${lang}(n: u64) -> Plural {`,
    body,
    "}",
  ].join("\n");
}

// ---- one locale's data -------------------------------------------------------------------
function localeData(lang) {
  const g = gregorian(lang.dates);
  const wide = twelve(g.months.format.wide, `${lang.dates} format wide months`);
  const abbr = twelve(g.months.format.abbreviated, `${lang.dates} format abbreviated months`);
  const dayPattern = checkPattern(
    gregorian(lang.dayPattern).dateTimeFormats.availableFormats.yMMMd,
    `${lang.dayPattern} yMMMd`,
  );
  const monthYearPattern = checkPattern(g.dateTimeFormats.availableFormats.yMMMM, `${lang.dates} yMMMM`);

  const n = numbers(lang.numbers);
  const system = n.defaultNumberingSystem;
  const digits = [...(numberingSystems.numberingSystems[system]?._digits ?? "")];
  if (digits.length !== 10) die(`numberingSystems.json: ${system} has no ten digits`);
  const symbols = n[`symbols-numberSystem-${system}`];
  const decimal = n[`decimalFormats-numberSystem-${system}`]?.standard;
  if (!symbols || !decimal) die(`${lang.numbers} numbers.json: no symbols or decimal format for ${system}`);
  const { primary, secondary } = grouping(decimal, `${lang.numbers} decimalFormats-numberSystem-${system}`);
  const minGrouping = Number(n.minimumGroupingDigits);

  // Which abbreviated names differ from the wide ones, and how when only in their spaces.
  const differ = abbr.flatMap((a, i) => {
    if (a === wide[i]) return [];
    const spaces = a.replace(/\p{Z}/gu, " ") === wide[i].replace(/\p{Z}/gu, " ");
    return [spaces ? `${i + 1} (only its spaces: it ${marks(a)})` : `${i + 1}`];
  });
  const abbrNote =
    differ.length === 0
      ? "the same as the wide names"
      : `differ from the wide names in month${differ.length > 1 ? "s" : ""} ${differ.join(", ")}`;
  const months = (list) => arrayItems(list.map(rustString));
  const dayFrom = lang.dayPattern === lang.dates ? "" : ` (from \`${lang.dayPattern}\`)`;
  return `/// ${lang.label}: dates from \`cldr-dates-full/main/${lang.dates}/ca-gregorian.json\`${
    dayFrom ? `\n/// (the day pattern from \`main/${lang.dayPattern}\`)` : ""
  }, numbers from
/// \`cldr-numbers-full/main/${lang.numbers}/numbers.json\` (default numbering system \`${system}\`).
///
/// - abbreviated months: ${abbrNote}
/// - day pattern \`${dayPattern}\`${dayFrom}: ${marks(dayPattern)}
/// - month-and-year pattern \`${monthYearPattern}\`: ${marks(monthYearPattern)}
/// - group separator ${rustString(symbols.group)}${codePoints(symbols.group)}: ${marks(symbols.group)}
/// - minus sign ${rustString(symbols.minusSign)}: ${marks(symbols.minusSign)}
pub(crate) static ${lang.name}: Data = Data {
    months: [
${months(wide)}
    ],
    months_abbr: [
${months(abbr)}
    ],
    day_pattern: ${rustString(dayPattern)},
    month_year_pattern: ${rustString(monthYearPattern)},
    digits: [${digits.map((d) => `'${d}'`).join(", ")}],
    group: ${rustString(symbols.group)},
    minus: ${rustString(symbols.minusSign)},
    primary_group: ${primary},
    secondary_group: ${secondary},
    min_grouping: ${minGrouping},
};`;
}

const header = `//! Generated by \`scripts/gen-locale.mjs\` from CLDR ${cldrVersion}
//! (npm ${versions.join(", ")}):
//! do not edit; change the generator and run \`node scripts/gen-locale.mjs\`.
//! \`tests/locale.rs\` checks that this file is the generator's output and agrees with CLDR.
//!
//! Read from \`browser-tests/node_modules/\`:
//! - \`cldr-dates-full/main/{${[...new Set(LANGS.flatMap((l) => [l.dates, l.dayPattern]))].join(",")}}/ca-gregorian.json\`: the
//!   Gregorian months (format context, wide and abbreviated) and the \`yMMMd\` and \`yMMMM\`
//!   patterns of \`availableFormats\`;
//! - \`cldr-numbers-full/main/{${[...new Set(LANGS.map((l) => l.numbers))].join(",")}}/numbers.json\`: the default numbering
//!   system, its group and minus symbols, its standard decimal format's grouping and
//!   \`minimumGroupingDigits\`;
//! - \`cldr-core/supplemental/numberingSystems.json\`: the numbering systems' digits;
//! - \`cldr-core/supplemental/plurals.json\`: the cardinal plural rules.

use super::locale::Plural;

/// One locale's data, as CLDR gives it.
pub(crate) struct Data {
    /// The Gregorian months' wide names, format context (January first).
    pub(crate) months: [&'static str; 12],
    /// The Gregorian months' abbreviated names, format context.
    pub(crate) months_abbr: [&'static str; 12],
    /// The pattern of a day with its abbreviated month and year (\`yMMMd\`).
    pub(crate) day_pattern: &'static str,
    /// The pattern of a month's wide name and year (\`yMMMM\`).
    pub(crate) month_year_pattern: &'static str,
    /// The digits 0 to 9 of the default numbering system.
    pub(crate) digits: [char; 10],
    /// The group (thousands) separator.
    pub(crate) group: &'static str,
    /// The minus sign, written before a negative number.
    pub(crate) minus: &'static str,
    /// How many digits the group nearest the end holds.
    pub(crate) primary_group: u8,
    /// How many digits each further group holds.
    pub(crate) secondary_group: u8,
    /// How many digits must stand before the first separator for any to be written.
    pub(crate) min_grouping: u8,
}`;

const output = `${[header, ...LANGS.map(localeData), ...[...new Set(LANGS.map((l) => l.plurals))].map(pluralFunction)].join("\n\n")}\n`;

if (process.argv.includes("--stdout")) process.stdout.write(output);
else {
  writeFileSync(OUT, output);
  process.stderr.write(`gen-locale: wrote ${OUT} from CLDR ${cldrVersion}\n`);
}
