//! Dictionary files: parsing and validation (format in
//! `dictionaries/README.md`).

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

/// The format version this build reads.
pub const FORMAT: &str = "# format: 1";

/// What an entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A place: administrative unit, country, capital or region.
    Place,
    /// A body of the party, state, front or a mass organization.
    Organization,
    /// A part of a title: a post, rank, degree, prefix or suffix.
    Title,
    /// A known person.
    Person,
    /// A socio-economic indicator that targets are set for
    /// (`indicators.tsv`).
    Indicator,
    /// A noun that names an event ("hội nghị", "kỳ họp"), or a word before
    /// its motto or theme (`events.tsv`).
    Event,
}

impl Kind {
    /// The name used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Place => "place",
            Kind::Organization => "organization",
            Kind::Title => "title",
            Kind::Person => "person",
            Kind::Indicator => "indicator",
            Kind::Event => "event",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "place" => Kind::Place,
            "organization" => Kind::Organization,
            "title" => Kind::Title,
            "person" => Kind::Person,
            "indicator" => Kind::Indicator,
            "event" => Kind::Event,
            _ => return None,
        })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Text of an entry: borrowed from the file it was read from where it
/// can be (the shipped dictionaries), owned otherwise.
pub type Text<'a> = Cow<'a, str>;

/// One dictionary entry. Optional columns are empty when absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry<'a> {
    /// Stable id.
    pub id: Text<'a>,
    /// Canonical name.
    pub name: Text<'a>,
    /// What it names.
    pub kind: Option<Kind>,
    /// Other ways the text writes it.
    pub aliases: Vec<Text<'a>>,
    /// Places: province, district, commune, country, city, region.
    /// Organizations: national, province, district, commune, any.
    pub level: Text<'a>,
    /// Places: the unit's type word. Titles: post, head, rank, degree,
    /// prefix, suffix.
    pub unit: Text<'a>,
    /// Places: the official code.
    pub code: Text<'a>,
    /// Places: id of the unit above.
    pub parent: Text<'a>,
    /// Places: before-2025, after-2025 or both.
    pub period: Text<'a>,
    /// Places: ids of the units that took over in 2025.
    pub successor: Vec<Text<'a>>,
    /// Organizations: what may follow the name (`place`, `parent`).
    pub attach: Vec<Text<'a>>,
    /// Organizations of every level: the forms (of the name and the
    /// aliases) that, written on their own, name the national body.
    pub alone: Vec<Text<'a>>,
    /// Persons: male or female.
    pub gender: Text<'a>,
    /// Persons: the posts held, with years.
    pub posts: Text<'a>,
    /// Persons: where the facts come from.
    pub source: Text<'a>,
    /// The line of its file the entry was read from.
    pub line: usize,
}

impl Entry<'_> {
    /// The entry's kind (every parsed entry has one).
    pub fn kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::Place)
    }

    /// Whether the organization may be followed by `what`.
    pub fn attaches(&self, what: &str) -> bool {
        self.attach.iter().any(|a| a == what)
    }

    /// The entry with every text owned.
    pub fn into_owned(self) -> Entry<'static> {
        let own =
            |t: Text<'_>| -> Text<'static> { Cow::Owned(t.into_owned()) };
        let own_all = |v: Vec<Text<'_>>| v.into_iter().map(own).collect();
        Entry {
            id: own(self.id),
            name: own(self.name),
            kind: self.kind,
            aliases: own_all(self.aliases),
            level: own(self.level),
            unit: own(self.unit),
            code: own(self.code),
            parent: own(self.parent),
            period: own(self.period),
            successor: own_all(self.successor),
            attach: own_all(self.attach),
            alone: own_all(self.alone),
            gender: own(self.gender),
            posts: own(self.posts),
            source: own(self.source),
            line: self.line,
        }
    }
}

/// A malformed dictionary line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictError {
    /// The file, as given.
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column (field) number, 0 when the whole line is wrong.
    pub column: usize,
    /// What was expected.
    pub message: String,
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)?;
        if self.column > 0 {
            write!(f, ":{}", self.column)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DictError {}

/// The columns of a file, each with its name as written.
type Header<'h> = &'h [(Col, &'h str)];

/// A header line read: its number, its columns, where it ends.
type HeaderLine<'h> = (usize, Vec<(Col, &'h str)>, usize);

/// The columns a loader reads; others are kept out of the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Id,
    Name,
    Type,
    Aliases,
    Level,
    Kind,
    Code,
    Parent,
    Period,
    Successor,
    Attach,
    Alone,
    Gender,
    Posts,
    Source,
    Other,
}

impl Col {
    fn of(name: &str) -> Col {
        match name {
            "id" => Col::Id,
            "name" => Col::Name,
            "type" => Col::Type,
            "aliases" => Col::Aliases,
            "level" => Col::Level,
            "kind" => Col::Kind,
            "code" => Col::Code,
            "parent" => Col::Parent,
            "period" => Col::Period,
            "successor" => Col::Successor,
            "attach" => Col::Attach,
            "alone" => Col::Alone,
            "gender" => Col::Gender,
            "posts" => Col::Posts,
            "source" => Col::Source,
            _ => Col::Other,
        }
    }
}

const LEVELS_PLACE: &[&str] =
    &["province", "district", "commune", "country", "city", "region"];
const LEVELS_ORG: &[&str] =
    &["national", "province", "district", "commune", "any", ""];
const PERIODS: &[&str] = &["before-2025", "after-2025", "both", ""];
const TITLE_KINDS: &[&str] =
    &["post", "head", "rank", "degree", "prefix", "suffix"];
const ATTACH: &[&str] = &["place", "parent", "country"];
const GENDERS: &[&str] = &["male", "female", ""];

/// Parses one dictionary file. Returns every entry, or every error found
/// (at most `max_errors`).
///
/// # Example
///
/// ```
/// use vnextract::gazetteer::dict::{parse, Kind};
///
/// let tsv = "# format: 1\nid\tname\ttype\taliases\n\
///            org.ubnd\tỦy ban nhân dân\torganization\tUBND\n";
/// let entries = parse("mine.tsv".as_ref(), tsv, 10).unwrap();
/// assert_eq!(entries[0].kind, Some(Kind::Organization));
/// assert_eq!(entries[0].aliases, ["UBND"]);
/// ```
pub fn parse<'a>(
    file: &std::path::Path,
    text: &'a str,
    max_errors: usize,
) -> Result<Vec<Entry<'a>>, Vec<DictError>> {
    let mut errors = Vec::new();
    let err = |line: usize, column: usize, message: String| DictError {
        file: file.to_path_buf(),
        line,
        column,
        message,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    match lines.next() {
        Some((_, l)) if l.trim_end() == FORMAT => {}
        Some((n, l)) => {
            let found = l.chars().take(40).collect::<String>();
            return Err(vec![err(
                n,
                0,
                format!("expected the first line {FORMAT:?}, found {found:?}"),
            )]);
        }
        None => {
            return Err(vec![err(
                1,
                0,
                format!("empty file: expected the first line {FORMAT:?}"),
            )]);
        }
    }
    // The header: the first line that is not a comment.
    let mut header: Option<HeaderLine<'_>> = None;
    for (n, line) in lines {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let end = line.as_ptr() as usize - text.as_ptr() as usize + line.len();
        let line = line.strip_suffix('\r').unwrap_or(line);
        let fields: Vec<&str> = line.split('\t').collect();
        for need in ["id", "name", "type"] {
            if !fields.contains(&need) {
                errors.push(err(
                    n,
                    0,
                    format!(
                        "header has no {need:?} column (the header needs \
                         id, name and type)"
                    ),
                ));
            }
        }
        if let Some(dup) = (1..fields.len())
            .find(|&i| fields[..i].contains(&fields[i]))
            .map(|i| (i, fields[i]))
        {
            errors.push(err(
                n,
                dup.0 + 1,
                format!("column {:?} is named twice", dup.1),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let cols = fields.iter().map(|f| (Col::of(f), *f)).collect();
        header = Some((n, cols, end));
        break;
    }
    let Some((n, cols, end)) = header else {
        return Err(vec![err(
            text.lines().count().max(1),
            0,
            "no header line: expected column names (id, name, type, …)".into(),
        )]);
    };
    let body = text[end..].strip_prefix('\n').unwrap_or(&text[end..]);
    // A large file is read in two halves at once.
    let mut cut = body.len();
    if body.len() > 1 << 18 {
        cut = body[body.len() / 2..]
            .find('\n')
            .map_or(body.len(), |i| body.len() / 2 + i + 1);
    }
    let (first, second) = body.split_at(cut);
    let second_line = n + 1 + first.bytes().filter(|&b| b == b'\n').count();
    let ((mut entries, mut bad), (more, more_bad)) = std::thread::scope(|s| {
        let h =
            s.spawn(|| parse_body(&cols, second, second_line, max_errors, 0));
        // The first half's list takes the second's and, for a large file,
        // the other files' entries after it (see `Gazetteer::with_files`).
        let room = body.len() / 64;
        let a = parse_body(&cols, first, n + 1, max_errors, room);
        (a, h.join().expect("parser"))
    });
    if bad.is_empty() && more_bad.is_empty() {
        entries.extend(more);
        return Ok(entries);
    }
    bad.extend(more_bad);
    bad.truncate(max_errors);
    Err(bad
        .into_iter()
        .map(|(line, column, message)| err(line, column, message))
        .collect())
}

/// The entries of the lines of `body`, the first of which is line
/// `first_line`, in a list with room for `room` entries at least; and the
/// errors, as (line, column, message).
#[allow(clippy::type_complexity)]
fn parse_body<'a>(
    cols: Header<'_>,
    body: &'a str,
    first_line: usize,
    max_errors: usize,
    room: usize,
) -> (Vec<Entry<'a>>, Vec<(usize, usize, String)>) {
    let mut errors = Vec::new();
    let lines_total = body.bytes().filter(|&b| b == b'\n').count() + 1;
    let mut entries = Vec::with_capacity(lines_total.max(room));
    let mut fields: Vec<&str> = Vec::with_capacity(16);
    for (i, line) in body.lines().enumerate() {
        let n = first_line + i;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_suffix('\r').unwrap_or(line);
        fields.clear();
        fields.extend(line.split('\t'));
        if fields.len() != cols.len() {
            errors.push((
                n,
                fields.len().min(cols.len()) + 1,
                format!(
                    "expected {} tab-separated fields as in the header, \
                     found {}",
                    cols.len(),
                    fields.len()
                ),
            ));
        } else {
            match entry(cols, &fields) {
                Ok(mut e) => {
                    e.line = n;
                    entries.push(e);
                }
                Err((col, msg)) => errors.push((n, col + 1, msg)),
            }
        }
        if errors.len() >= max_errors {
            break;
        }
    }
    (entries, errors)
}

/// One entry from its fields; on error, the 0-based column and message.
fn entry<'a>(
    cols: &[(Col, &str)],
    fields: &[&'a str],
) -> Result<Entry<'a>, (usize, String)> {
    let mut e = Entry::default();
    for (i, (&(which, col), &raw)) in cols.iter().zip(fields).enumerate() {
        let v = raw.trim();
        if v.len() != raw.len() {
            return Err((i, format!("{col}: spaces around {raw:?}")));
        }
        let one_of = |allowed: &[&str]| -> Result<Text<'a>, (usize, String)> {
            if allowed.contains(&v) {
                Ok(Cow::Borrowed(v))
            } else {
                let list = allowed
                    .iter()
                    .filter(|a| !a.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ");
                Err((i, format!("{col}: expected one of {list}, found {v:?}")))
            }
        };
        let list = |sep: char| -> Vec<Text<'a>> {
            v.split(sep)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(Cow::Borrowed)
                .collect()
        };
        match which {
            Col::Id => {
                if v.is_empty() || v.contains(char::is_whitespace) {
                    return Err((
                        i,
                        format!("id: expected a word, found {v:?}"),
                    ));
                }
                e.id = Cow::Borrowed(v);
            }
            Col::Name => {
                if v.is_empty() {
                    return Err((
                        i,
                        "name: expected a name, found nothing".into(),
                    ));
                }
                e.name = Cow::Borrowed(v);
            }
            Col::Type => {
                e.kind = Some(Kind::parse(v).ok_or_else(|| {
                    (
                        i,
                        format!(
                            "type: expected place, organization, title, \
                             person or indicator, found {v:?}"
                        ),
                    )
                })?);
            }
            Col::Aliases => e.aliases = list('|'),
            Col::Level => e.level = Cow::Borrowed(v),
            Col::Kind => e.unit = Cow::Borrowed(v),
            Col::Code => e.code = Cow::Borrowed(v),
            Col::Parent => e.parent = Cow::Borrowed(v),
            Col::Period => e.period = one_of(PERIODS)?,
            Col::Successor => e.successor = list(','),
            Col::Attach => {
                e.attach = list(',');
                if let Some(bad) =
                    e.attach.iter().find(|a| !ATTACH.contains(&a.as_ref()))
                {
                    return Err((
                        i,
                        format!(
                            "attach: expected place, parent and/or \
                             country, found {bad:?}"
                        ),
                    ));
                }
            }
            Col::Alone => e.alone = list('|'),
            Col::Gender => e.gender = one_of(GENDERS)?,
            Col::Posts => e.posts = Cow::Borrowed(v),
            Col::Source => e.source = Cow::Borrowed(v),
            Col::Other => {}
        }
    }
    // A missing column is reported one past the last.
    let col = |name: &str| {
        cols.iter().position(|c| c.1 == name).unwrap_or(cols.len())
    };
    match e.kind() {
        Kind::Place => {
            if !LEVELS_PLACE.contains(&e.level.as_ref()) {
                return Err((
                    col("level"),
                    format!(
                        "level: a place needs one of {}, found {:?}",
                        LEVELS_PLACE.join(", "),
                        e.level
                    ),
                ));
            }
        }
        Kind::Organization => {
            if !LEVELS_ORG.contains(&e.level.as_ref()) {
                return Err((
                    col("level"),
                    format!(
                        "level: an organization needs one of national, \
                         province, district, commune, any, found {:?}",
                        e.level
                    ),
                ));
            }
            if let Some(f) = e
                .alone
                .iter()
                .find(|f| **f != e.name && !e.aliases.contains(f))
            {
                return Err((
                    col("alone"),
                    format!(
                        "alone: expected the name or an alias, found {f:?}"
                    ),
                ));
            }
        }
        Kind::Title => {
            if !TITLE_KINDS.contains(&e.unit.as_ref()) {
                return Err((
                    col("kind"),
                    format!(
                        "kind: a title needs one of {}, found {:?}",
                        TITLE_KINDS.join(", "),
                        e.unit
                    ),
                ));
            }
        }
        Kind::Person | Kind::Indicator | Kind::Event => {}
    }
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match parse("d.tsv".as_ref(), text, 100) {
            Ok(_) => Vec::new(),
            Err(e) => e.iter().map(ToString::to_string).collect(),
        }
    }

    const HEAD: &str = "# format: 1\nid\tname\ttype\taliases\tlevel\n";

    #[test]
    fn good() {
        let text = format!(
            "{HEAD}# a comment\n\np38\tThanh Hóa\tplace\tThanh Hoá\tprovince\n"
        );
        let e = parse("d.tsv".as_ref(), &text, 10).unwrap();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].name, "Thanh Hóa");
        assert_eq!(e[0].level, "province");
    }

    /// (name, file text, expected error)
    const BAD: &[(&str, &str, &str)] = &[
        ("empty", "", "d.tsv:1: empty file"),
        ("no format", "id\tname\ttype\n", "d.tsv:1: expected the first line"),
        (
            "no header",
            "# format: 1\n# only comments\n",
            "d.tsv:2: no header line",
        ),
        (
            "header without type",
            "# format: 1\nid\tname\n",
            "d.tsv:2: header has no \"type\" column",
        ),
        (
            "column named twice",
            "# format: 1\nid\tname\ttype\tname\n",
            "d.tsv:2:4: column \"name\" is named twice",
        ),
        (
            "short line",
            "# format: 1\nid\tname\ttype\tlevel\na\tA\tplace\n",
            "d.tsv:3:4: expected 4 tab-separated fields as in the header, \
             found 3",
        ),
        (
            "long line",
            "# format: 1\nid\tname\ttype\na\tA\tplace\tx\n",
            "d.tsv:3:4: expected 3 tab-separated fields",
        ),
        (
            "bad type",
            "# format: 1\nid\tname\ttype\na\tA\tcity\n",
            "d.tsv:3:3: type: expected place, organization, title, person or \
             indicator, found \"city\"",
        ),
        (
            "place without level",
            "# format: 1\nid\tname\ttype\tlevel\na\tA\tplace\tvillage\n",
            "d.tsv:3:4: level: a place needs one of",
        ),
        (
            "place without a level column",
            "# format: 1\nid\tname\ttype\na\tA\tplace\n",
            "d.tsv:3:4: level: a place needs one of",
        ),
        (
            "bad period",
            "# format: 1\nid\tname\ttype\tlevel\tperiod\n\
             a\tA\tplace\tprovince\t2025\n",
            "d.tsv:3:5: period: expected one of before-2025, after-2025, both",
        ),
        (
            "empty name",
            "# format: 1\nid\tname\ttype\na\t\tplace\n",
            "d.tsv:3:2: name: expected a name",
        ),
        (
            "spaces",
            "# format: 1\nid\tname\ttype\na\tA \ttitle\n",
            "d.tsv:3:2: name: spaces around",
        ),
        (
            "title kind",
            "# format: 1\nid\tname\ttype\tkind\na\tA\ttitle\tboss\n",
            "d.tsv:3:4: kind: a title needs one of post",
        ),
        (
            "attach",
            "# format: 1\nid\tname\ttype\tattach\na\tA\torganization\tplace,x\n",
            "d.tsv:3:4: attach: expected place, parent and/or country, found \"x\"",
        ),
        (
            "alone: not a form of the entry",
            "# format: 1\nid\tname\ttype\taliases\tlevel\talone\n\
             a\tHội A\torganization\tHội B\tany\tHội B|Hội C\n",
            "d.tsv:3:6: alone: expected the name or an alias, found \"Hội C\"",
        ),
    ];

    #[test]
    fn bad() {
        for &(name, text, want) in BAD {
            let got = errors(text);
            assert!(
                got.first().is_some_and(|g| g.starts_with(want)),
                "{name}: want {want:?}, got {got:?}"
            );
        }
    }

    #[test]
    fn all_errors_are_reported() {
        let text = format!("{HEAD}a\tA\tx\t\tprovince\nb\tB\ty\t\tprovince\n");
        assert_eq!(errors(&text).len(), 2);
    }
}
