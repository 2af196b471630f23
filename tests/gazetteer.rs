//! Gazetteers end to end: the seed article against its hand annotation,
//! the shipped data's counts, and user dictionaries on the command line.

mod common;

use std::collections::BTreeMap;

use serde_json::Value;
use vnextract::gazetteer::{Gazetteer, SHIPPED, dict};
use vnextract::normalize::key;

use self::common::{entities, json_lines, manifest_dir, run, vnx};

fn seed_gold() -> Value {
    let path =
        manifest_dir().join("../shared/seeds/thanh-hoa-2023.gold.jsonl");
    let text = std::fs::read_to_string(&path).expect("the seed annotation");
    serde_json::from_str(text.lines().next().unwrap()).unwrap()
}

fn extract_sample() -> (String, Value) {
    let path = manifest_dir().join("samples/thanh-hoa-2023.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let doc = json_lines(&run(
        &["extract", "--date", "2022-12-28", path.to_str().unwrap()],
        b"",
    ))
    .remove(0);
    (text, doc)
}

/// Char offsets of every occurrence of `needle` in `text`, on word
/// boundaries.
fn occurrences(text: &str, needle: &str) -> Vec<usize> {
    text.match_indices(needle)
        .filter(|(i, _)| {
            let before = text[..*i].chars().next_back();
            let after = text[i + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|(i, _)| text[..i].chars().count())
        .collect()
}

#[test]
fn seed_places_at_every_mention() {
    let (text, doc) = extract_sample();
    let places = entities(&doc, "place");
    for (written, normalized, code) in [
        ("Thanh Hoá", "Thanh Hóa", "38"),
        ("Thanh Hóa", "Thanh Hóa", "38"),
        ("Mường Lát", "Mường Lát", "384"),
    ] {
        let want = occurrences(&text, written);
        assert!(!want.is_empty(), "{written} is in the sample");
        for start in want {
            let found = places.iter().find(|p| p["start"] == start);
            let p = found.unwrap_or_else(|| {
                panic!("{written} at {start} not found: {places:#?}")
            });
            assert_eq!(p["text"], written);
            assert_eq!(p["normalized"], normalized);
            assert_eq!(p["code"], code);
            let chars: Vec<char> = text.chars().collect();
            let s = p["start"].as_u64().unwrap() as usize;
            let e = p["end"].as_u64().unwrap() as usize;
            assert_eq!(chars[s..e].iter().collect::<String>(), written);
            let (bs, be) = (
                p["byte_start"].as_u64().unwrap() as usize,
                p["byte_end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[bs..be], written);
        }
    }
    // Nothing else is taken for a place: the person "Hồ Chí Minh" is not
    // the city, "Phạm Thị Thanh Thủy" holds no commune.
    let other: Vec<_> = places
        .iter()
        .filter(|p| {
            p["normalized"] != "Thanh Hóa" && p["normalized"] != "Mường Lát"
        })
        .collect();
    assert!(other.is_empty(), "{other:#?}");
}

#[test]
fn seed_organizations_and_titles_of_the_annotation() {
    let (_, doc) = extract_sample();
    let gold = seed_gold();
    let orgs: Vec<String> = entities(&doc, "organization")
        .iter()
        .map(|e| key(e["text"].as_str().unwrap()))
        .collect();
    for o in gold["organizations"].as_array().unwrap() {
        let o = o.as_str().unwrap();
        assert!(orgs.contains(&key(o)), "organization {o:?} not found");
    }
    let titles: Vec<String> = entities(&doc, "title")
        .iter()
        .map(|e| key(e["text"].as_str().unwrap()))
        .collect();
    for p in gold["persons"].as_array().unwrap() {
        for t in p["titles"].as_array().unwrap() {
            let t = t.as_str().unwrap();
            assert!(titles.contains(&key(t)), "title {t:?} not found");
        }
    }
    // Bodies are resolved to the units the article is about.
    let normalized: Vec<&str> = entities(&doc, "organization")
        .iter()
        .map(|e| e["normalized"].as_str().unwrap())
        .collect();
    for want in [
        "Ủy ban nhân dân tỉnh Thanh Hóa",
        "Hội đồng nhân dân huyện Mường Lát",
        "Ban Thường vụ Tỉnh ủy Thanh Hóa",
        "Huyện ủy Mường Lát",
    ] {
        assert!(normalized.contains(&want), "{want}: {normalized:?}");
    }
}

#[test]
fn shipped_counts_per_level_and_period() {
    let g = Gazetteer::shipped();
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut former = 0;
    for e in g.entries() {
        // The provinces merged or split before the 2023 register.
        if e.id.starts_with("pf.") {
            former += 1;
            assert_eq!((e.level.as_ref(), e.code.as_ref()), ("province", ""));
            continue;
        }
        if e.kind() == dict::Kind::Place {
            *counts
                .entry((e.level.to_string(), e.period.to_string()))
                .or_default() += 1;
        }
    }
    let n = |level: &str, period: &str| {
        counts.get(&(level.into(), period.into())).copied().unwrap_or(0)
    };
    // 63 provinces before 1 July 2025, 34 after; 11 kept their territory.
    // One more before: the province of Thừa Thiên Huế, which became the
    // city of Huế, of the same code, on 1 January 2025.
    assert_eq!(n("province", "before-2025") + n("province", "both"), 64);
    assert_eq!(n("province", "after-2025") + n("province", "both"), 34);
    assert_eq!(n("province", "both"), 11);
    assert_eq!(former, 17);
    // Districts only existed before: the 696 of 2025 and those merged
    // away between 2023 and 2025.
    assert!((696..=720).contains(&n("district", "before-2025")), "{counts:?}");
    assert_eq!(n("district", "after-2025") + n("district", "both"), 0);
    // 3,321 communes after; about 10,600 before (2023 and 2025 lists).
    assert_eq!(n("commune", "after-2025") + n("commune", "both"), 3321);
    let before = n("commune", "before-2025") + n("commune", "both");
    assert!((10_035..=11_000).contains(&before), "{before}");
    // The world: every country, their capitals, the regions news names.
    assert!((195..=200).contains(&n("country", "")), "{counts:?}");
    assert!(n("city", "") >= 185, "{counts:?}");
    assert!(n("region", "") >= 20, "{counts:?}");
}

#[test]
fn shipped_ids_are_unique_and_links_resolve() {
    // The loader trusts shipped ids to be unique; check them here.
    let mut seen = std::collections::HashSet::new();
    for (file, text) in SHIPPED {
        for e in dict::parse(file.as_ref(), text, 10).unwrap() {
            assert!(
                seen.insert(e.id.to_string()),
                "{file}: duplicate id {}",
                e.id
            );
        }
    }
    let g = Gazetteer::shipped();
    for e in g.entries() {
        for link in std::iter::once(&e.parent).chain(&e.successor) {
            assert!(
                link.is_empty() || g.get(link).is_some(),
                "{}: unknown id {link}",
                e.id
            );
        }
        if e.kind() == dict::Kind::Person {
            assert!(!e.source.is_empty(), "{}: a person needs a source", e.id);
        }
    }
}

#[test]
fn user_dictionary_adds_and_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.tsv");
    std::fs::write(
        &path,
        "# format: 1\nid\tname\ttype\taliases\tlevel\n\
         org.my-coop\tHợp tác xã Ánh Dương\torganization\tHTX Ánh Dương\tcommune\n\
         p38\tXứ Thanh\tplace\tThanh Hóa\tprovince\n",
    )
    .unwrap();
    let out = run(
        &["extract", "--dict", path.to_str().unwrap()],
        "HTX Ánh Dương ở Thanh Hóa.".as_bytes(),
    );
    let doc = json_lines(&out).remove(0);
    let e = doc["entities"].as_array().unwrap();
    assert_eq!(e[0]["type"], "organization");
    assert_eq!(e[0]["normalized"], "Hợp tác xã Ánh Dương");
    assert_eq!(e[1]["normalized"], "Xứ Thanh", "the user's p38 replaces it");
}

/// (file text, expected message after the path)
const MALFORMED: &[(&str, &str)] = &[
    ("id\tname\ttype\n", ":1: expected the first line \"# format: 1\""),
    ("# format: 1\nid\tname\n", ":2: header has no \"type\" column"),
    (
        "# format: 1\nid\tname\ttype\nx\tX\n",
        ":3:3: expected 3 tab-separated fields",
    ),
    (
        "# format: 1\nid\tname\ttype\nx\tX\tcity\n",
        ":3:3: type: expected place",
    ),
    (
        "# format: 1\nid\tname\ttype\tlevel\nx\tX\tplace\tvillage\n",
        ":3:4: level: a place needs one of",
    ),
    (
        "# format: 1\nid\tname\ttype\tkind\nx\tX\ttitle\tpost\nx\tY\ttitle\tpost\n",
        ":4: duplicate id \"x\"",
    ),
];

#[test]
fn malformed_dictionaries_name_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    for (i, &(text, want)) in MALFORMED.iter().enumerate() {
        let path = dir.path().join(format!("bad{i}.tsv"));
        std::fs::write(&path, text).unwrap();
        let p = path.to_str().unwrap();
        let out = vnx()
            .args(["extract", "--dict", p])
            .write_stdin("x")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{text:?}: {err}");
        assert!(err.contains(&format!("{p}{want}")), "{text:?}: {err}");
        if !want.contains("duplicate") {
            let out = vnx().args(["dict", "check", p]).output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{text:?}: {err}");
            assert!(err.contains(&format!("{p}{want}")), "{text:?}: {err}");
        }
    }
}

#[test]
fn dict_check_passes_the_shipped_files_and_list_filters() {
    let files: Vec<String> = SHIPPED
        .iter()
        .map(|(f, _)| {
            manifest_dir().join("dictionaries").join(f).display().to_string()
        })
        .collect();
    let mut args = vec!["dict", "check"];
    args.extend(files.iter().map(String::as_str));
    let out = String::from_utf8(run(&args, b"")).unwrap();
    assert_eq!(out.lines().count(), SHIPPED.len(), "{out}");
    let out =
        String::from_utf8(run(&["dict", "list", "--type", "person"], b""))
            .unwrap();
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("id\ttype\tname\tlevel\tcode\taliases"));
    assert!(lines.clone().count() > 10);
    assert!(lines.all(|l| l.split('\t').nth(1) == Some("person")), "{out}");
}

#[test]
fn layers_fill_only_what_is_asked() {
    let input =
        "Sáng 28-12, UBND tỉnh Thanh Hoá giao chỉ tiêu 11%.".as_bytes();
    let all = json_lines(&run(&["extract"], input)).remove(0);
    assert!(!all["entities"].as_array().unwrap().is_empty());
    let only =
        json_lines(&run(&["extract", "--layers", "dates,quantities"], input))
            .remove(0);
    assert_eq!(only["entities"], serde_json::json!([]));
    assert_eq!(only["quantities"], all["quantities"]);
    assert_eq!(only["dates"], all["dates"]);
    let out = vnx()
        .args(["extract", "--layers", "bogus"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The places of a sentence, as (name, level).
fn places_of(text: &str) -> Vec<(String, String)> {
    let doc = self::common::extract(text);
    entities(&doc, "place")
        .into_iter()
        .map(|e| {
            (
                e["normalized"].as_str().unwrap().to_string(),
                e["level"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn villages_named_after_their_type_word_are_places() {
    let village = |n: &str| (n.to_string(), "village".to_string());
    assert_eq!(
        places_of("Nước lũ tràn vào xóm Đồng Mương từ đêm qua."),
        [village("Đồng Mương")]
    );
    assert_eq!(
        places_of("Ông Lò Văn Pọm, Trưởng bản Xa Re, cho biết."),
        [village("Xa Re")]
    );
    // The village ends where a person's name starts.
    assert_eq!(
        places_of("Trưởng thôn Đông Lâm Nguyễn Văn Hải cho biết."),
        [village("Đông Lâm")]
    );
    // After a plural the type word is each item's.
    assert_eq!(
        places_of("Các bản Na Phìn, Xa Re và Huổi Lếch đã có điện."),
        [village("Na Phìn"), village("Xa Re"), village("Huổi Lếch")]
    );
    // A number, a copy of a document, a word ("văn bản") name none.
    assert!(places_of("Ông An ở thôn 3 từ năm 2010.").is_empty());
    assert!(places_of("Bản Kế hoạch và văn bản Hướng dẫn đã có.").is_empty());
}

/// The organizations of a sentence, as written.
fn organizations_of(text: &str) -> Vec<String> {
    let doc = self::common::extract(text);
    let mut out: Vec<String> = entities(&doc, "organization")
        .into_iter()
        .map(|e| e["text"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn a_bank_glossed_before_its_branch_names_the_branch_and_itself() {
    assert_eq!(
        organizations_of(
            "Ngân hàng Nhà nước (NHNN) Chi nhánh Khu vực 10 tổ chức hội nghị."
        ),
        [
            "NHNN",
            "Ngân hàng Nhà nước",
            "Ngân hàng Nhà nước (NHNN) Chi nhánh Khu vực 10",
        ]
    );
    // A short name that is no abbreviation.
    assert_eq!(
        organizations_of(
            "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam \
             (Agribank) Chi nhánh Lâm Đồng trao quà."
        ),
        [
            "Agribank",
            "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam",
            "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam \
             (Agribank) Chi nhánh Lâm Đồng",
        ]
    );
}

#[test]
fn finance_units_named_with_a_comma_or_in_lower_case() {
    for name in [
        "Cục Quản lý, giám sát bảo hiểm",
        "Cục Quản lý, giám sát tổ chức tín dụng",
        "Vụ Tín dụng các ngành kinh tế",
        "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam",
        "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    ] {
        let text = format!("Đại diện {name} cho biết như vậy.");
        assert_eq!(organizations_of(&text), [name], "{text}");
    }
}

#[test]
fn provinces_abroad_are_places_after_their_type_word_too() {
    let city = |n: &str| (n.to_string(), "city".to_string());
    assert_eq!(
        places_of("Đoàn công tác tỉnh Kampot thăm Kiên Giang."),
        [city("Kampot"), ("Kiên Giang".to_string(), "province".to_string())]
    );
    assert_eq!(
        places_of("Đoàn đại biểu tỉnh Savannakhet (Lào) sang thăm."),
        [city("Savannakhet"), ("Lào".to_string(), "country".to_string())]
    );
    assert_eq!(places_of("Hàng về từ tỉnh Tứ Xuyên."), [city("Tứ Xuyên")]);
}

#[test]
fn an_economic_zone_s_board_is_named_by_its_zone() {
    assert_eq!(
        organizations_of(
            "Ban Quản lý Khu kinh tế Đông Nam Nghệ An vừa trao giấy phép."
        ),
        ["Ban Quản lý Khu kinh tế Đông Nam Nghệ An"]
    );
    assert_eq!(
        organizations_of(
            "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh \
             Thanh Hóa họp."
        ),
        ["Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh \
             Thanh Hóa"]
    );
    // A zone named after its province alone is the province's.
    let doc = self::common::extract("Ban Quản lý Khu kinh tế Hà Tĩnh họp.");
    let orgs = entities(&doc, "organization");
    assert_eq!(orgs.len(), 1, "{doc}");
    assert_eq!(orgs[0]["normalized"], "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh");
}

#[test]
fn a_board_of_works_of_two_kinds_is_one_body() {
    assert_eq!(
        organizations_of(
            "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và \
             công nghiệp tỉnh Lào Cai làm chủ đầu tư."
        ),
        ["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và \
             công nghiệp tỉnh Lào Cai"]
    );
}

#[test]
fn the_parks_of_a_province_are_named_after_it() {
    assert_eq!(
        places_of("Các KCN Đồng Nai thu hút thêm vốn."),
        [("Đồng Nai".to_string(), "province".to_string())]
    );
    // A park named after a commune is no place.
    assert!(places_of("Nhà máy đặt tại KCN Tri Lễ.").is_empty());
}

#[test]
fn a_party_body_s_committees_written_bare_are_the_ones_the_text_is_about() {
    assert_eq!(
        organizations_of(
            "Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí."
        ),
        ["Ban Chấp hành", "Ban Thường vụ"]
    );
    // At the head of a list they wait for the body named at its end.
    let doc = self::common::extract(
        "Ban Thường vụ, Ban Chấp hành Đảng bộ tỉnh đã họp.",
    );
    let bare = entities(&doc, "organization")
        .into_iter()
        .filter(|e| e["text"] == "Ban Thường vụ")
        .map(|e| e["normalized"].as_str().unwrap().to_string())
        .collect::<Vec<_>>();
    assert_eq!(bare.len(), 1, "{doc}");
    assert!(bare[0].starts_with("Ban Thường vụ "), "{doc}");
}

#[test]
fn a_brand_of_two_syllables_needs_its_capitals() {
    // "công dân Việt Nam" holds no paper "Dân Việt".
    assert!(
        organizations_of("Đây là quyền của công dân Việt Nam.").is_empty()
    );
    assert_eq!(
        organizations_of("Trao đổi với Dân Việt, ông An cho biết."),
        ["Dân Việt"]
    );
    // A body's head noun may still be in lower case.
    assert_eq!(
        organizations_of("Ông giữ chức Cục trưởng cục Thuế TP Hải Phòng."),
        ["cục Thuế TP Hải Phòng"]
    );
}

#[test]
fn a_telecom_s_provincial_branch_is_named_after_its_province() {
    assert_eq!(
        organizations_of("VNPT Đồng Nai và Viettel Tuyên Quang phủ sóng."),
        ["VNPT Đồng Nai", "Viettel Tuyên Quang"]
    );
}

#[test]
fn standing_boards_inspectorates_and_centres_named_in_full() {
    for (text, name) in [
        (
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An đã họp.",
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An",
        ),
        (
            "Đoàn của Thanh tra Bộ Y tế làm việc tại bệnh viện.",
            "Thanh tra Bộ Y tế",
        ),
        (
            "Ông Lê Văn Tâm, Giám đốc Trung tâm Công nghệ thông tin và \
             Truyền thông Bình Phước, cho biết.",
            "Trung tâm Công nghệ thông tin và Truyền thông Bình Phước",
        ),
        ("Tập đoàn TH ủng hộ 3 tỷ đồng cho quỹ.", "Tập đoàn TH"),
        (
            "Theo Báo và Phát thanh, Truyền hình Nghệ An, tỉnh đã hoàn thành.",
            "Báo và Phát thanh, Truyền hình Nghệ An",
        ),
    ] {
        assert!(organizations_of(text).iter().any(|o| o == name), "{text}");
    }
}

#[test]
fn no_body_of_an_adverb_nor_of_many_units() {
    for text in [
        "Sau khi nhận quyết định, tân Giám đốc Ban khẩn trương nắm bắt.",
        "Sở nhanh chóng ổn định tổ chức bộ máy.",
        "Các trạm y tế xã, phường đã tiêm chủng đầy đủ.",
    ] {
        assert!(organizations_of(text).is_empty(), "{text}");
    }
}

#[test]
fn a_firm_is_named_again_by_the_end_of_its_name() {
    let doc = self::common::extract(
        "Công ty CP Tập đoàn Địa ốc Hưng Phát vừa họp. Bà Huỳnh Thị Kim \
         Chi, Tổng Giám đốc Hưng Phát, cho biết Địa ốc Hưng Phát sẽ mở rộng.",
    );
    let orgs: Vec<(&str, &str)> = entities(&doc, "organization")
        .into_iter()
        .map(|e| {
            (e["text"].as_str().unwrap(), e["normalized"].as_str().unwrap())
        })
        .collect();
    let full = "Công ty CP Tập đoàn Địa ốc Hưng Phát";
    assert_eq!(
        orgs,
        [(full, full), ("Hưng Phát", full), ("Địa ốc Hưng Phát", full)],
        "{doc}"
    );
    // No person is named "Hưng Phát": the post is the firm's.
    assert_eq!(entities(&doc, "person").len(), 1, "{doc}");
    // A name's end that names a province, a country or a mine is theirs.
    for text in [
        "Tập đoàn Điện lực Việt Nam cho biết Việt Nam đủ điện.",
        "Công ty TNHH Khai thác vàng Bồng Miêu xin đóng cửa mỏ vàng Bồng \
         Miêu.",
    ] {
        assert_eq!(organizations_of(text).len(), 1, "{text}");
    }
}

#[test]
fn the_secretariat_in_its_standing_member_s_post_is_a_body() {
    let doc = self::common::extract(
        "Đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư, dự đại hội.",
    );
    let orgs = entities(&doc, "organization");
    assert_eq!(orgs.len(), 1, "{doc}");
    assert_eq!(orgs[0]["text"], "Ban Bí thư");
    let roles = self::common::facts(&doc, "role");
    assert_eq!(roles[0]["title"], "Thường trực Ban Bí thư", "{doc}");
    assert_eq!(roles[0]["organization"], "Ban Bí thư", "{doc}");
}

#[test]
fn a_unit_named_by_one_word_that_is_no_syllable_is_named_bare() {
    let names: Vec<String> =
        places_of("Cao tốc Quy Nhơn - Pleiku đi qua tỉnh Gia Lai.")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
    assert!(names.iter().any(|n| n == "Pleiku"), "{names:?}");
}
