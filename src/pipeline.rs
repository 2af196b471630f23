//! The pipeline: decode → normalize → segment → (match, recognize, link)
//! → [`Document`].

use crate::decode::{self, Decoded, Encoding, Source};
use crate::error::Error;
use crate::gazetteer::{Gazetteer, resolve};
use crate::link::{event, role, target};
use crate::normalize::{self, Views};
use crate::output::{DateItem, Document, Entity, EntityType, Quantity};
use crate::output::{Fact, Fields};
use crate::recognize::{date, person, quantity};
use crate::segment;
use crate::span::Spanner;
use std::sync::Arc;

/// How a [`Pipeline`] reads and what it reports.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Normalization (tone placement of the `normalized` fields).
    pub normalize: normalize::Options,
    /// What the input bytes are.
    pub source: Source,
    /// Replace invalid UTF-8 instead of failing.
    pub lossy: bool,
    /// Add the sentence spans to the output.
    pub sentences: bool,
    /// Which layers to fill; all by default.
    pub layers: Layers,
}

/// The layers of a document the pipeline fills. A layer left out stays an
/// empty array, and its work is skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    /// Places, organizations, titles and persons.
    pub entities: bool,
    /// Quantities.
    pub quantities: bool,
    /// Dates and periods.
    pub dates: bool,
    /// Facts: roles (with the entities), targets (with quantities and
    /// dates) and events.
    pub facts: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers { entities: true, quantities: true, dates: true, facts: true }
    }
}

impl Layers {
    /// Only the entities (the gazetteer stage and the persons).
    pub const ENTITIES: Layers = Layers {
        entities: true,
        quantities: false,
        dates: false,
        facts: false,
    };
    /// Entities, quantities and dates: every layer but the facts.
    pub const RECOGNIZED: Layers =
        Layers { entities: true, quantities: true, dates: true, facts: false };
}

/// Per-document information given by the caller.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// The record id.
    pub id: Option<String>,
    /// The document date, `YYYY-MM-DD`.
    pub date: Option<String>,
}

impl Meta {
    /// Checks the fields: the date must be a real `YYYY-MM-DD` date.
    pub fn validate(&self) -> Result<(), Error> {
        match &self.date {
            Some(d) if !is_iso_date(d) => Err(Error::BadDate(d.clone())),
            _ => Ok(()),
        }
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10))
    else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Everything the stages know about one document.
#[derive(Debug)]
pub struct Analysis<'a> {
    /// The decoded input.
    pub decoded: Decoded<'a>,
    /// Canonical and folded views of the decoded text.
    pub views: Views,
}

/// The extraction pipeline, built once and shared by every document.
///
/// # Example
///
/// ```
/// use vnextract::{Pipeline, pipeline::Options};
///
/// let p = Pipeline::new(Options { sentences: true, ..Options::default() })
///     .unwrap();
/// let doc = p.extract("Sáng 28-12, UBND tỉnh Thanh Hoá họp. Trời mưa.");
/// assert_eq!(doc.schema, "vnextract/v1");
/// let s = doc.sentences.unwrap();
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[1].text, "Trời mưa.");
/// assert_eq!((s[1].start, s[1].byte_start), (37, 43));
/// ```
#[derive(Debug, Clone)]
pub struct Pipeline {
    opts: Options,
    /// `None`: the shipped dictionaries, built on first use.
    gazetteer: Option<Arc<Gazetteer>>,
}

impl Pipeline {
    /// Builds a pipeline.
    pub fn new(opts: Options) -> Result<Pipeline, Error> {
        Ok(Pipeline { opts, gazetteer: None })
    }

    /// A pipeline that matches `gazetteer` (for example the shipped
    /// dictionaries with a user's own, see [`Gazetteer::with_files`])
    /// instead of the shipped dictionaries alone.
    pub fn with_gazetteer(opts: Options, gazetteer: Arc<Gazetteer>) -> Self {
        Pipeline { opts, gazetteer: Some(gazetteer) }
    }

    /// The dictionaries this pipeline matches.
    pub fn gazetteer(&self) -> Arc<Gazetteer> {
        self.gazetteer.clone().unwrap_or_else(Gazetteer::shipped)
    }

    /// The options the pipeline was built with.
    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// Extracts from UTF-8 text.
    pub fn extract(&self, text: &str) -> Document {
        let decoded = Decoded {
            text: text.into(),
            encoding: Encoding::Utf8,
            map: decode::ByteMap::Identity,
        };
        self.run(self.analyze(decoded), None)
    }

    /// Decodes input bytes as the options say and extracts from them.
    pub fn extract_bytes(
        &self,
        input: &[u8],
        meta: &Meta,
    ) -> Result<Document, Error> {
        meta.validate()?;
        let decoded = self.decode(input)?;
        Ok(self.extract_decoded(decoded, meta))
    }

    /// As [`Pipeline::extract_bytes`], for input that is known to be
    /// UTF-8 (it is still decoded as the options say).
    pub fn extract_str(
        &self,
        input: &str,
        meta: &Meta,
    ) -> Result<Document, Error> {
        meta.validate()?;
        let decoded =
            decode::decode_str(input, self.opts.source, self.opts.lossy)?;
        Ok(self.extract_decoded(decoded, meta))
    }

    /// Extracts from decoded text, with the record's id and date.
    fn extract_decoded(&self, decoded: Decoded<'_>, meta: &Meta) -> Document {
        let mut doc = self.run(self.analyze(decoded), meta.date.as_deref());
        doc.id.clone_from(&meta.id);
        doc.document_date.clone_from(&meta.date);
        doc
    }

    /// Decodes input bytes as the options say.
    pub fn decode<'a>(&self, input: &'a [u8]) -> Result<Decoded<'a>, Error> {
        Ok(decode::decode(input, self.opts.source, self.opts.lossy)?)
    }

    /// Normalizes decoded text into its views.
    pub fn analyze<'a>(&self, decoded: Decoded<'a>) -> Analysis<'a> {
        let views = Views::new(&decoded.text, &self.opts.normalize);
        Analysis { decoded, views }
    }

    /// The target facts of a document: (evidence range, fields).
    #[allow(clippy::too_many_arguments)]
    fn targets(
        &self,
        views: &Views,
        dates: &[date::DateMatch],
        quantities: &[quantity::QuantityMatch],
        doc_date: Option<&str>,
        doc: &Document,
        sentences: &[std::ops::Range<usize>],
        hits: Option<&[crate::gazetteer::Hit]>,
        spanner: &Spanner<'_>,
    ) -> Vec<(std::ops::Range<usize>, Fields)> {
        let text = &views.norm.text;
        let g = self.gazetteer();
        let found;
        let hits: &[crate::gazetteer::Hit] = match hits {
            Some(h) => h,
            None => {
                found = g.find(views);
                &found
            }
        };
        let indicator = crate::gazetteer::dict::Kind::Indicator;
        let hits: Vec<crate::gazetteer::Hit> = hits
            .iter()
            .filter(|h| g.entry_of_kind(h, indicator).is_some())
            .cloned()
            .collect();
        let years: Vec<&str> = dates
            .iter()
            .filter(|d| d.kind == "year" && !d.relative)
            .map(|d| d.value.as_str())
            .collect();
        let own_year =
            doc_date.map(|d| &d[..4]).or_else(|| years.iter().max().copied());
        let plan_year = years
            .iter()
            .filter(|y| own_year.is_none_or(|o| **y >= o))
            .max()
            .copied();
        let id_of = |h: &crate::gazetteer::Hit| {
            g.entry_of_kind(h, indicator)
                .map_or(String::new(), |e| e.id.to_string())
        };
        let mut cues = target::SentenceCues::with_sentences(sentences.len());
        let mut targets = target::link(
            text, sentences, &hits, &id_of, quantities, dates, plan_year,
            own_year, &mut cues,
        );
        let taken: Vec<_> = targets
            .iter()
            .map(|t| (t.norm.clone(), t.indicator_text.clone()))
            .collect();
        targets.extend(target::unnamed(
            text, sentences, quantities, &taken, dates, plan_year, own_year,
            &mut cues,
        ));
        targets.sort_by_key(|t| t.norm.start);
        // A figure for a year after the document's cannot be a result yet:
        // "Đến năm 2030, thu nhập bình quân đầu người đạt 12.000 USD" states
        // what is aimed at.
        if let Some(doc_year) = doc_date.and_then(|d| d.get(..4)) {
            for t in &mut targets {
                let later = t
                    .period
                    .as_deref()
                    .and_then(|p| p.get(..4))
                    .is_some_and(|y| {
                        y > doc_year && y.bytes().all(|b| b.is_ascii_digit())
                    });
                if t.status == "result" && later {
                    t.status = "target";
                }
            }
        }
        // The place: the province named in the sentence, else the one the
        // document is most about.
        let provinces: Vec<&Entity> = doc
            .entities
            .iter()
            .filter(|e| {
                e.kind == EntityType::Place
                    && e.level.as_deref() == Some("province")
            })
            .collect();
        let main = {
            let mut counts: Vec<(&str, usize)> = Vec::new();
            for e in &provinces {
                match counts.iter_mut().find(|(n, _)| *n == e.normalized) {
                    Some(c) => c.1 += 1,
                    None => counts.push((&e.normalized, 1)),
                }
            }
            counts.iter().max_by_key(|c| c.1).map(|c| c.0.to_string())
        };
        // Each target is taken apart: its strings move into its fields.
        targets
            .into_iter()
            .map(|t| {
                let mut f = Fields::with_capacity(14);
                let mut put = |k: &'static str, v: serde_json::Value| {
                    f.insert(k, v);
                };
                if !t.indicator.is_empty() {
                    put("indicator", t.indicator.into());
                }
                put("indicator_text", text[t.indicator_text.clone()].into());
                put("comparator", t.comparator.into());
                if let Some(v) = t.value {
                    put("value", v.into());
                }
                if let (Some(lo), Some(hi)) = (t.min, t.max) {
                    put("min", lo.into());
                    put("max", hi.into());
                }
                if let Some(u) = t.unit {
                    put("unit", u.into());
                }
                if let Some(p) = t.period {
                    put("period", p.into());
                }
                let sentence = sentences
                    .iter()
                    .find(|s| s.start <= t.norm.start && t.norm.end <= s.end);
                let place = sentence
                    .and_then(|s| {
                        // Compared in chars: byte offsets point into the
                        // input, which a legacy encoding makes differ.
                        let src = views.norm.map.to_src(s.clone());
                        let (a, b) = (
                            spanner.char_offset(src.start),
                            spanner.char_offset(src.end),
                        );
                        provinces
                            .iter()
                            .find(|e| a <= e.span.start && e.span.end <= b)
                            .map(|e| e.normalized.clone())
                    })
                    .or_else(|| main.clone());
                if let Some(p) = place {
                    put("place", p.into());
                }
                put("status", t.status.into());
                put("measure", t.measure.into());
                if let Some(b) = t.baseline {
                    put("baseline", b.into());
                }
                if let Some(r) = t.reference {
                    put("reference", r.into());
                }
                (t.norm, f)
            })
            .collect()
    }

    fn run(&self, a: Analysis<'_>, doc_date: Option<&str>) -> Document {
        let mut doc = Document::empty(a.decoded.encoding);
        let spanner = Spanner::new(&a.decoded.text, &a.decoded.map);
        let norm = &a.views.norm;
        // Sentences serve the facts and `--sentences`.
        let sentences = if self.opts.sentences || self.opts.layers.facts {
            segment::sentences(&norm.text)
        } else {
            Vec::new()
        };
        let layers = self.opts.layers;
        // Kept for the events, which need persons, bodies and dates.
        let mut linked: Option<(
            Vec<resolve::Mention>,
            Vec<person::PersonMention>,
            Vec<crate::gazetteer::Hit>,
        )> = None;
        // Dates first: what they take is no quantity. The roles read them
        // too (the date a post is given from).
        let dates = if layers.dates || layers.quantities || layers.facts {
            date::find(&norm.text, doc_date)
        } else {
            Vec::new()
        };
        if layers.entities {
            let g = self.gazetteer();
            let hits = g.find(&a.views);
            let mut mentions = resolve::resolve(&g, &a.views, &hits, doc_date);
            // The places above communes the gazetteer matched, and
            // whether each may be a country or a region.
            let major: Vec<_> = hits
                .iter()
                .filter_map(|h| {
                    let mut major = false;
                    let mut abroad = false;
                    for &e in &h.entries {
                        let e = g.entry(e);
                        if e.kind() == crate::gazetteer::dict::Kind::Place
                            && e.level != "commune"
                        {
                            major = true;
                            abroad |= matches!(
                                e.level.as_ref(),
                                "country" | "region"
                            );
                        }
                    }
                    major.then(|| (h.norm.clone(), abroad))
                })
                .collect();
            let persons = person::find(&norm.text, &mentions, &major);
            let roles = if layers.facts {
                role::link(&norm.text, &persons, &mentions)
            } else {
                Vec::new()
            };
            let span =
                |r: std::ops::Range<usize>| spanner.span(norm.map.to_src(r));
            // Later mentions by title alone are the same person too.
            let by_title = role::by_title(&mentions, &persons, &roles);
            // Entities are large: the vector is made once, to the size
            // of every mention, person and person named by title.
            let mut entities: Vec<Entity> = Vec::with_capacity(
                mentions.len() + persons.len() + by_title.len(),
            );
            // What no later stage reads of a mention is moved into its
            // entity, not copied: the facts and the events read only its
            // range, kind, normalized name, place, base and organization.
            // A place inside a person's name is part of it: "Anh" (the
            // United Kingdom) in the byline "Hà Anh"; so is a post's word
            // there ("Trưởng" in "Phạm Văn Trưởng").
            let in_person = |m: &resolve::Mention| {
                matches!(m.kind, EntityType::Place | EntityType::Title)
                    && persons.iter().any(|p| {
                        p.norm.start <= m.norm.start
                            && m.norm.end <= p.norm.end
                    })
            };
            entities.extend(
                mentions
                    .iter_mut()
                    .filter(|m| m.kind != EntityType::Person && !in_person(m))
                    .map(|m| Entity {
                        kind: m.kind,
                        span: span(m.norm.clone()),
                        normalized: m.normalized.clone(),
                        id: m.id.take(),
                        level: m.level.take(),
                        code: m.code.take(),
                        period: m.period.take(),
                        parent: m.parent.take(),
                        successor: m.successor.take(),
                        place: m.place.clone(),
                        alternatives: std::mem::take(&mut m.alternatives),
                        person_id: None,
                        gender: None,
                    }),
            );
            // A person mention at `r`.
            let person_entity = |r, p: &person::PersonMention| Entity {
                id: p.id.clone(),
                person_id: Some(person_id(p.person)),
                gender: p.gender.map(String::from),
                ..Entity::new(EntityType::Person, span(r), p.name.clone())
            };
            entities.extend(
                persons.iter().map(|p| person_entity(p.norm.clone(), p)),
            );
            for (t, p) in by_title {
                entities.push(person_entity(
                    mentions[t].norm.clone(),
                    &persons[p],
                ));
            }
            // The villages named after their type word, where no place
            // or body the gazetteer knows is named.
            let person_ranges: Vec<_> =
                persons.iter().map(|p| p.norm.clone()).collect();
            for v in person::villages(&norm.text, &person_ranges) {
                let named = mentions.iter().any(|m| {
                    matches!(
                        m.kind,
                        EntityType::Place | EntityType::Organization
                    ) && m.norm.start < v.end
                        && v.start < m.norm.end
                        && !(m.kind == EntityType::Organization
                            && m.norm.start < v.start)
                });
                if named {
                    continue;
                }
                let name = norm.text[v.clone()].to_string();
                entities.push(Entity {
                    level: Some("village".into()),
                    ..Entity::new(EntityType::Place, span(v), name)
                });
            }
            entities.sort_by_key(|e| {
                (e.span.start, std::cmp::Reverse(e.span.end))
            });
            doc.entities = entities;
            // One fact per person and title as written; the first
            // statement is the evidence.
            let mut seen = std::collections::HashSet::new();
            let roles: Vec<_> = roles
                .iter()
                .filter(|r| {
                    let t = &norm.text[mentions[r.title].norm.clone()];
                    seen.insert((
                        persons[r.person].person,
                        crate::normalize::key(t),
                    ))
                })
                .collect();
            doc.facts.extend(roles.iter().map(|r| {
                let p = &persons[r.person];
                let t = &mentions[r.title];
                let mut f = Fields::with_capacity(9);
                let mut put = |k: &'static str, v: serde_json::Value| {
                    f.insert(k, v);
                };
                put("person", p.name.clone().into());
                put("person_id", person_id(p.person).into());
                // A village post as written takes the village's name
                // after it ("Trưởng thôn Đông Lâm"); the title is the post,
                // as it is without the place for the posts of a unit.
                // So does a post before the body it is in charge of
                // ("Phó Giám đốc phụ trách Sở Xây dựng").
                let written = match &r.village {
                    Some(v) => t.norm.start..v.end,
                    None => t.norm.clone(),
                };
                let written_end = written.end;
                put("title_text", span(written).text.into());
                let base = t.base.clone().unwrap_or_default();
                // The body of the post: its own, or the one it is in
                // charge of ("Phó Giám đốc phụ trách Sở Xây dựng").
                let body = r.body.map(|o| &mentions[o]);
                let organization = t.organization.clone().or_else(|| {
                    body.map(|b| {
                        let short = b.base.as_ref().unwrap_or(&b.normalized);
                        (b.normalized.clone(), short.clone())
                    })
                });
                let title = match &organization {
                    Some((_, org)) if !org.is_empty() => {
                        // As `format!` would write it, without its
                        // machinery and with one allocation.
                        let mut title =
                            String::with_capacity(base.len() + 1 + org.len());
                        title.push_str(&base);
                        title.push(' ');
                        title.push_str(org);
                        title
                    }
                    _ => base,
                };
                put("title", title.into());
                if let Some((org, _)) = organization {
                    put("organization", org.into());
                }
                if let Some(place) =
                    t.place.as_ref().or(body.and_then(|b| b.place.as_ref()))
                {
                    put("place", place.clone().into());
                }
                if let Some(d) =
                    role_date(&norm.text, written_end, &dates).or(doc_date)
                {
                    put("date", d.into());
                }
                if r.former {
                    put("former", true.into());
                }
                if let Some(e) = r.event {
                    put("event", e.into());
                }
                Fact {
                    kind: "role".into(),
                    evidence: span(r.norm.clone()),
                    fields: f,
                }
            }));
            linked = Some((mentions, persons, hits));
        }
        let taken: Vec<_> = dates.iter().map(|d| d.norm.clone()).collect();
        let quantities = if layers.quantities {
            quantity::find(&norm.text, &taken)
        } else {
            Vec::new()
        };
        if layers.quantities && layers.dates && layers.facts {
            let facts = self.targets(
                &a.views,
                &dates,
                &quantities,
                doc_date,
                &doc,
                &sentences,
                linked.as_ref().map(|l| l.2.as_slice()),
                &spanner,
            );
            doc.facts.extend(facts.into_iter().map(|(t, fields)| Fact {
                kind: "target".into(),
                evidence: spanner.span(norm.map.to_src(t)),
                fields,
            }));
        }
        if layers.quantities {
            doc.quantities = quantities
                .into_iter()
                .map(|q| Quantity {
                    kind: q.kind.to_string(),
                    span: spanner.span(norm.map.to_src(q.norm)),
                    value: q.value,
                    min: q.min,
                    max: q.max,
                    unit: q.unit,
                    ambiguous: q.ambiguous,
                    approx: q.approx,
                    comparator: q.comparator.map(String::from),
                    per: q.per,
                })
                .collect();
        }
        if layers.dates
            && layers.facts
            && let Some((mentions, persons, hits)) = &linked
            && let Some(e) = {
                let g = self.gazetteer();
                let event = crate::gazetteer::dict::Kind::Event;
                let cues: Vec<event::Cue<'_>> = hits
                    .iter()
                    .filter_map(|h| {
                        let e = g.entry_of_kind(h, event)?;
                        Some(event::Cue {
                            norm: h.norm.clone(),
                            word: &e.name,
                        })
                    })
                    .collect();
                event::find(
                    &norm.text, &sentences, persons, mentions, &dates,
                    doc_date, &cues,
                )
            }
        {
            doc.facts.push(event_fact(&e, mentions, persons, |r| {
                spanner.span(norm.map.to_src(r))
            }));
        }
        if layers.dates {
            doc.dates = dates
                .into_iter()
                .map(|d| DateItem {
                    kind: d.kind.to_string(),
                    span: spanner.span(norm.map.to_src(d.norm)),
                    value: d.value,
                    time: d.time,
                    relative: d.relative,
                })
                .collect();
        }
        if self.opts.sentences {
            doc.sentences = Some(
                sentences
                    .iter()
                    .cloned()
                    .map(|r| spanner.span(norm.map.to_src(r)))
                    .collect(),
            );
        }
        doc
    }
}

/// The output id of person `p` (counted from 0): "P1", "P2", …; written
/// with `itoa`, which is cheaper than `format!` for one number.
fn person_id(p: usize) -> String {
    let mut buf = itoa::Buffer::new();
    let n = buf.format(p + 1);
    let mut id = String::with_capacity(1 + n.len());
    id.push('P');
    id.push_str(n);
    id
}

/// The fact of an event.
fn event_fact(
    e: &event::Event,
    mentions: &[resolve::Mention],
    persons: &[person::PersonMention],
    span: impl Fn(std::ops::Range<usize>) -> crate::output::Span,
) -> Fact {
    use serde_json::{Value, json};
    let mut f = Fields::with_capacity(10);
    f.insert("kind", e.kind.clone());
    f.insert("name", e.name.clone());
    if let Some(d) = &e.date {
        f.insert("date", d.clone());
    }
    if let Some(o) = e.organizer {
        f.insert("organizer", mentions[o].normalized.clone());
    }
    let parts = |list: &[event::Part]| -> Value {
        list.iter()
            .map(|p| {
                let m = &persons[p.person];
                json!({"person": m.name, "person_id": person_id(m.person),
                       "role": p.role})
            })
            .collect()
    };
    if !e.chair.is_empty() {
        f.insert("chair", parts(&e.chair));
    }
    if !e.attending.is_empty() {
        f.insert("attending", parts(&e.attending));
    }
    if !e.venues.is_empty() {
        let v: Vec<Value> = e
            .venues
            .iter()
            .map(|&m| mentions[m].normalized.clone().into())
            .collect();
        f.insert("venues", v);
    }
    if let Some(m) = &e.motto {
        f.insert("motto", m.clone());
    }
    if let Some(t) = &e.theme {
        f.insert("theme", t.clone());
    }
    Fact { kind: "event".into(), evidence: span(e.norm.clone()), fields: f }
}

/// The date the text gives for a post written up to `end`: the date
/// right after it behind "từ" or "kể từ" ("giữ chức Giám đốc Sở kể từ
/// ngày 1/3/2024"), or the term right after it ("Chủ tịch UBND huyện
/// nhiệm kỳ 2021 - 2026").
fn role_date<'d>(
    text: &str,
    end: usize,
    dates: &'d [date::DateMatch],
) -> Option<&'d str> {
    let k = dates.partition_point(|d| d.norm.start < end);
    let d = dates.get(k)?;
    let before = text.get(end..d.norm.start)?.trim_start_matches(',').trim();
    let given = d.kind == "term" && before.is_empty()
        || d.kind == "date" && matches!(before, "từ" | "kể từ" | "tính từ");
    given.then_some(d.value.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for ok in ["2022-12-28", "2024-02-29", "2000-02-29"] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in ["2023-02-29", "1900-02-29", "2022-13-01", "2022-1-01", "x"]
        {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn pipeline_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Pipeline>();
    }
}
