use super::resolve::{Mention, resolve};
use super::*;
use crate::normalize::Options;
use crate::output::EntityType;

fn mentions(text: &str, date: Option<&str>) -> Vec<Mention> {
    let g = Gazetteer::shipped();
    let v = Views::new(text, &Options::default());
    let hits = g.find(&v);
    resolve(&g, &v, &hits, date)
}

/// (kind, text as in the canonical view, normalized, code or "") of every
/// mention.
fn summary(
    text: &str,
    date: Option<&str>,
) -> Vec<(EntityType, String, String, String)> {
    let v = Views::new(text, &Options::default());
    mentions(text, date)
        .into_iter()
        .map(|m| {
            (
                m.kind,
                v.norm.text[m.norm].to_string(),
                m.normalized,
                m.code.unwrap_or_default(),
            )
        })
        .collect()
}

fn places(text: &str, date: Option<&str>) -> Vec<(String, String, String)> {
    mentions(text, date)
        .into_iter()
        .filter(|m| m.kind == EntityType::Place)
        .map(|m| {
            (
                m.normalized,
                m.level.unwrap_or_default(),
                m.code.unwrap_or_default(),
            )
        })
        .collect()
}

fn of_kind(text: &str, kind: EntityType) -> Vec<String> {
    let v = Views::new(text, &Options::default());
    mentions(text, None)
        .into_iter()
        .filter(|m| m.kind == kind)
        .map(|m| v.norm.text[m.norm].to_string())
        .collect()
}

/// The canonical names of the organizations of `text`, as a meeting's
/// subject ("… đã họp.").
fn bodies_of(text: &str) -> Vec<String> {
    mentions(&format!("{text} đã họp."), None)
        .into_iter()
        .filter(|m| m.kind == EntityType::Organization)
        .map(|m| m.normalized)
        .collect()
}

fn p(name: &str, level: &str, code: &str) -> (String, String, String) {
    (name.into(), level.into(), code.into())
}

#[test]
fn province_in_every_spelling() {
    for text in [
        "tỉnh Thanh Hóa",
        "tỉnh Thanh Hoá",
        "tinh Thanh Hoa",
        "TỈNH THANH HÓA",
        "tỉnh Thanh Hoa\u{301}",
        "Thanh Hóa",
    ] {
        assert_eq!(
            places(text, None),
            [p("Thanh Hóa", "province", "38")],
            "{text:?}"
        );
    }
}

#[test]
fn diacritics_must_agree() {
    // "Hà Nam" is a province; "Hạ Nam" is not what it names.
    assert_eq!(places("tỉnh Hà Nam", None).len(), 1);
    assert!(places("tỉnh Hạ Nam", None).is_empty());
    assert_eq!(places("tinh Ha Nam", None).len(), 1);
    // A syllable boundary is needed on both sides.
    assert!(places("Thanh Hóabc", None).is_empty());
}

#[test]
fn type_words_choose_among_namesakes() {
    // The province and its former capital city share a name.
    let city = places("thành phố Thanh Hóa", Some("2022-12-28"));
    assert_eq!(city.len(), 1);
    assert_eq!(city[0].1, "district");
    let prov = places("tỉnh Thanh Hóa", Some("2022-12-28"));
    assert_eq!(prov[0].1, "province");
    // Without a type word: the highest level, the other as alternative.
    let m = mentions("Thanh Hóa", Some("2022-12-28"));
    assert_eq!(m[0].level.as_deref(), Some("province"));
    assert!(m[0].alternatives.contains(&"380".to_string()), "{m:?}");
}

#[test]
fn bare_communes_need_their_district_or_province() {
    assert!(places("Tam Chung", Some("2022-12-28")).is_empty());
    let got = places(
        "Huyện Mường Lát (Thanh Hóa) có xã Tam Chung. Tam Chung giáp Lào.",
        Some("2022-12-28"),
    );
    let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(
        names,
        ["Mường Lát", "Thanh Hóa", "Tam Chung", "Tam Chung", "Lào"]
    );
}

#[test]
fn the_2025_reorganization() {
    // Before 1 July 2025 Mường Lát was a thị trấn; after, a xã.
    let before = mentions("thị trấn Mường Lát", Some("2024-05-01"));
    assert_eq!(before[0].period.as_deref(), Some("before-2025"));
    assert_eq!(before[0].successor.as_deref(), Some("Mường Lát"));
    let after = mentions("xã Mường Lát", Some("2025-09-01"));
    assert_eq!(after[0].period.as_deref(), Some("after-2025"));
    // A province that was merged names its successor.
    let m = mentions("tỉnh Hà Nam", Some("2024-01-01"));
    assert_eq!(m[0].period.as_deref(), Some("before-2025"));
    assert_eq!(m[0].successor.as_deref(), Some("Ninh Bình"));
    // After the reform, "Ninh Bình" is the merged province.
    let m = mentions("tỉnh Ninh Bình", Some("2026-01-01"));
    assert_eq!(m[0].period.as_deref(), Some("after-2025"));
}

#[test]
fn organizations_with_their_place() {
    let s = summary("Sáng 28-12, UBND tỉnh Thanh Hoá tổ chức hội nghị.", None);
    assert_eq!(s[0].0, EntityType::Organization);
    assert_eq!(s[0].1, "UBND tỉnh Thanh Hóa");
    assert_eq!(s[0].2, "Ủy ban nhân dân tỉnh Thanh Hóa");
    // The place inside is a mention too.
    assert_eq!(s[1].0, EntityType::Place);
    // "UBND tỉnh" alone belongs to the province of the document.
    let s = summary("Tỉnh Thanh Hóa. Chủ tịch UBND tỉnh phát biểu.", None);
    let org: Vec<_> =
        s.iter().filter(|x| x.0 == EntityType::Organization).collect();
    assert_eq!(org[0].1, "UBND tỉnh");
    assert_eq!(org[0].2, "Ủy ban nhân dân tỉnh Thanh Hóa");
    // A place whose name holds its type word is the place, not a type
    // word followed by more text.
    for (text, org) in [
        ("Chủ tịch UBND TP.HCM cho biết.", "UBND TP.HCM"),
        ("UBND TP. Hồ Chí Minh họp.", "UBND TP. Hồ Chí Minh"),
        ("Bí thư Thành ủy TP.HCM phát biểu.", "Thành ủy TP.HCM"),
    ] {
        let orgs = of_kind(text, EntityType::Organization);
        assert_eq!(orgs, [org], "{text}");
        let s = summary(text, None);
        let o = s.iter().find(|x| x.1 == org).unwrap();
        assert!(o.2.ends_with("Hồ Chí Minh"), "{o:?}");
    }
}

#[test]
fn organization_chains() {
    let orgs = of_kind(
        "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; Thường trực HĐND tỉnh, \
         UBND tỉnh; Ủy ban MTTQ tỉnh.",
        EntityType::Organization,
    );
    // A body in its own right named inside another is listed too.
    assert_eq!(
        orgs,
        [
            "Ban Thường vụ Tỉnh ủy",
            "Tỉnh ủy",
            "Thường trực HĐND tỉnh",
            "HĐND tỉnh",
            "UBND tỉnh",
            "Ủy ban MTTQ tỉnh"
        ]
    );
}

#[test]
fn agencies_abroad_and_stock_exchanges_by_their_initials() {
    let s = summary("UNESCO ghi danh Hát Xoan. Cổ phiếu lên sàn HOSE.", None);
    let orgs: Vec<&str> = s
        .iter()
        .filter(|x| x.0 == EntityType::Organization)
        .map(|x| x.2.as_str())
        .collect();
    assert_eq!(
        orgs,
        [
            "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc",
            "Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh"
        ]
    );
}

#[test]
fn organizing_committees_are_named_by_their_event() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Ông Trường, Trưởng Ban Tổ chức lễ hội, cho biết."),
        ["Ban Tổ chức lễ hội"]
    );
    assert_eq!(
        orgs("Trưởng Ban Tổ chức Lễ hội Đền Hùng Nguyễn Văn An cho biết."),
        ["Ban Tổ chức Lễ hội Đền Hùng"]
    );
    // The Party's commission is no committee of an event.
    assert_eq!(
        orgs("Trưởng Ban Tổ chức Tỉnh ủy Nguyễn Văn An phát biểu."),
        ["Ban Tổ chức Tỉnh ủy", "Tỉnh ủy"]
    );
}

#[test]
fn initials_in_brackets_after_a_body_name_it() {
    let s = summary(
        "Ngân hàng Tái thiết Đức (KfW) và Viện Khoa học và Công nghệ Hàn \
         Quốc (KIST) tài trợ. Sở Kế hoạch và Đầu tư (KH&ĐT) cho biết.",
        None,
    );
    let orgs: Vec<(&str, &str)> = s
        .iter()
        .filter(|x| x.0 == EntityType::Organization)
        .map(|x| (x.1.as_str(), x.2.as_str()))
        .collect();
    for want in [
        ("KfW", "Ngân hàng Tái thiết Đức"),
        ("KIST", "Viện Khoa học và Công nghệ Hàn Quốc"),
    ] {
        assert!(orgs.contains(&want), "{want:?}: {orgs:?}");
    }
    // The initials of a field of a body the dictionaries know are none.
    assert!(!orgs.iter().any(|o| o.0 == "KH&ĐT"), "{orgs:?}");
}

#[test]
fn the_office_of_the_council_and_the_committee_is_one_body() {
    assert_eq!(
        of_kind(
            "Văn phòng HĐND và UBND huyện Quỳnh Lưu thông báo.",
            EntityType::Organization
        ),
        ["Văn phòng HĐND và UBND huyện Quỳnh Lưu"]
    );
    // Without an office, they are two, of the unit named after the last.
    let s = summary("HĐND và UBND huyện Quỳnh Lưu đã họp.", None);
    let orgs: Vec<(&str, &str)> = s
        .iter()
        .filter(|x| x.0 == EntityType::Organization)
        .map(|x| (x.1.as_str(), x.2.as_str()))
        .collect();
    assert_eq!(
        orgs,
        [
            ("HĐND", "Hội đồng nhân dân huyện Quỳnh Lưu"),
            ("UBND huyện Quỳnh Lưu", "Ủy ban nhân dân huyện Quỳnh Lưu")
        ]
    );
    // Or of no unit named: of its type word.
    assert_eq!(
        of_kind("HĐND và UBND huyện đã họp.", EntityType::Organization),
        ["HĐND", "UBND huyện"]
    );
}

#[test]
fn bodies_named_inside_others_are_bodies_too() {
    for (text, want) in [
        (
            "Ban Thường vụ Tỉnh ủy Lâm Đồng họp.",
            &["Ban Thường vụ Tỉnh ủy Lâm Đồng", "Tỉnh ủy Lâm Đồng"][..],
        ),
        (
            "Ban Chấp hành Đảng bộ tỉnh Nghệ An họp.",
            &["Ban Chấp hành Đảng bộ tỉnh Nghệ An", "Đảng bộ tỉnh Nghệ An"],
        ),
        // Written as one name, with the Central Committee's at its end.
        (
            "Ban Bí thư Trung ương Đảng quyết định.",
            &["Ban Bí thư Trung ương Đảng", "Trung ương Đảng"],
        ),
        ("Văn phòng TƯ Đảng thông báo.", &["Văn phòng TƯ Đảng", "TƯ Đảng"]),
        // The Central Committee itself is one body.
        ("Trung ương Đảng họp.", &["Trung ương Đảng"]),
        // Without a place too; a body with no parent is one body.
        (
            "Ban Thường vụ Huyện ủy họp.",
            &["Ban Thường vụ Huyện ủy", "Huyện ủy"],
        ),
        ("Sở Y tế họp.", &["Sở Y tế"]),
    ] {
        assert_eq!(of_kind(text, EntityType::Organization), want, "{text}");
    }
    // The inner body is resolved to its place as a whole one is.
    let s = summary("Ban Thường vụ Tỉnh ủy Lâm Đồng họp.", None);
    let inner = s.iter().find(|x| x.1 == "Tỉnh ủy Lâm Đồng").unwrap();
    assert_eq!(inner.2, "Tỉnh ủy Lâm Đồng", "{inner:?}");
}

#[test]
fn bodies_named_on_their_own_end_with_their_place() {
    // At the start of the text too; the name ends with its place, but
    // for a number.
    for (text, org) in [
        (
            "Công ty CP Thủy sản Minh Phú đạt lãi.",
            "Công ty CP Thủy sản Minh Phú",
        ),
        ("Viện Địa chất Na Uy cảnh báo tốc độ lún.", "Viện Địa chất Na Uy"),
        ("Cty Xây dựng Hà Nội 2 trúng thầu.", "Cty Xây dựng Hà Nội 2"),
        (
            "Giao cho Công ty cổ phần Tư vấn xây dựng điện 3.",
            "Công ty cổ phần Tư vấn xây dựng điện 3",
        ),
        // A place's parts joined by a dash, and a second place after one.
        (
            "Công ty CP Cấp nước Bà Rịa - Vũng Tàu báo lãi.",
            "Công ty CP Cấp nước Bà Rịa - Vũng Tàu",
        ),
        (
            "Ngân hàng TMCP Xây dựng Hà Nội - Đà Nẵng tăng vốn.",
            "Ngân hàng TMCP Xây dựng Hà Nội - Đà Nẵng",
        ),
        (
            "Công ty TNHH Nhà máy bia Hà Nội-Hải Phòng mở rộng.",
            "Công ty TNHH Nhà máy bia Hà Nội-Hải Phòng",
        ),
        // A dash before a word that is no place ends the name.
        (
            "Công ty Điện lực Hà Tĩnh - đơn vị thành viên.",
            "Công ty Điện lực Hà Tĩnh",
        ),
    ] {
        assert_eq!(of_kind(text, EntityType::Organization), [org], "{text}");
    }
}

#[test]
fn ministers_name_their_ministry_without_bo() {
    let text = "Bộ trưởng Tài chính Đinh Tiến Dũng và Thứ trưởng Kế hoạch \
                và Đầu tư dự. Bộ trưởng cho biết.";
    let m = mentions(text, None);
    let titles: Vec<_> =
        m.iter().filter(|m| m.kind == EntityType::Title).collect();
    assert_eq!(titles.len(), 3);
    assert_eq!(titles[0].normalized, "Bộ trưởng Bộ Tài chính");
    assert_eq!(titles[1].normalized, "Thứ trưởng Bộ Kế hoạch và Đầu tư");
    // Alone, the post names no ministry; a lower-case word is none.
    assert_eq!(titles[2].normalized, "Bộ trưởng");
    assert!(m.iter().all(|m| m.kind != EntityType::Organization));
}

#[test]
fn titles_are_composed() {
    let text = "Đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh \
                ủy, Chủ tịch HĐND tỉnh dự. Phó Bí thư Thường trực Tỉnh ủy và \
                Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.";
    assert_eq!(
        of_kind(text, EntityType::Title),
        [
            "Ủy viên Trung ương Đảng",
            "Bí thư Tỉnh ủy",
            "Chủ tịch HĐND tỉnh",
            "Phó Bí thư Thường trực Tỉnh ủy",
            "Trưởng Ban Dân vận Tỉnh ủy",
            "Chủ tịch Ủy ban MTTQ tỉnh",
        ]
    );
    let orgs = of_kind(text, EntityType::Organization);
    for want in
        ["Trung ương Đảng", "Tỉnh ủy", "HĐND tỉnh", "Ban Dân vận Tỉnh ủy"]
    {
        assert!(orgs.iter().any(|o| o == want), "{want}: {orgs:?}");
    }
}

#[test]
fn the_head_of_an_office_names_the_office() {
    let bodies = |t: &str| -> Vec<(String, String)> {
        mentions(t, None)
            .into_iter()
            .filter(|m| m.kind == EntityType::Title)
            .filter_map(|m| m.organization)
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    // The body the post is in, and the body its title names.
    assert_eq!(
        bodies("Ông A, Chánh văn phòng UBND tỉnh Yên Bái, cho biết."),
        [pair("Văn phòng Ủy ban nhân dân tỉnh Yên Bái", "Ủy ban nhân dân")]
    );
    assert_eq!(
        bodies("Ông B, Chánh Thanh tra tỉnh Hà Tĩnh, cho biết."),
        [pair("Thanh tra tỉnh Hà Tĩnh", "")]
    );
    let orgs =
        of_kind("Chánh Văn phòng Bộ Nội vụ dự.", EntityType::Organization);
    assert_eq!(orgs, ["Văn phòng Bộ Nội vụ", "Bộ Nội vụ"]);
    // "VP" for "Văn phòng", in the post and in the office.
    assert_eq!(
        bodies("Chánh VP UBND tỉnh Nghệ An cho biết."),
        [pair("Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân")]
    );
    assert_eq!(
        of_kind("Giao VP UBND tỉnh rà soát.", EntityType::Organization),
        ["VP UBND tỉnh"]
    );
    // A bare post names no office.
    assert!(bodies("Chánh Văn phòng cho biết.").is_empty());
}

#[test]
fn abbreviations_match_only_in_capitals() {
    assert_eq!(of_kind("UBND tỉnh", EntityType::Organization).len(), 1);
    assert!(of_kind("ubnd tỉnh", EntityType::Organization).is_empty());
}

#[test]
fn nfd_and_new_tone_placement() {
    use unicode_normalization::UnicodeNormalization;
    let text = "Chủ tịch UBND tỉnh Khánh Hòa và huyện Thủy Nguyên";
    let nfd: String = text.nfd().collect();
    let new = text.replace("Hòa", "Hoà").replace("Thủy", "Thuỷ");
    let want = summary(text, Some("2023-01-01"));
    assert!(want.iter().any(|m| m.2 == "Khánh Hòa"), "{want:?}");
    assert!(want.iter().any(|m| m.2 == "Thủy Nguyên"), "{want:?}");
    // Same entities; texts are compared in their own canonical views.
    let strip = |v: Vec<(EntityType, String, String, String)>| {
        v.into_iter().map(|m| (m.0, m.2, m.3)).collect::<Vec<_>>()
    };
    assert_eq!(strip(summary(&nfd, Some("2023-01-01"))), strip(want.clone()));
    assert_eq!(strip(summary(&new, Some("2023-01-01"))), strip(want));
}

#[test]
fn text_without_diacritics() {
    let s = summary(
        "Chu tich UBND tinh Thanh Hoa tham huyen Muong Lat",
        Some("2022-12-28"),
    );
    let norm: Vec<&str> = s.iter().map(|m| m.2.as_str()).collect();
    assert!(norm.contains(&"Ủy ban nhân dân tỉnh Thanh Hóa"), "{norm:?}");
    assert!(norm.contains(&"Mường Lát"), "{norm:?}");
}

#[test]
fn persons_and_places_of_one_name() {
    let t = "Chủ tịch Hồ Chí Minh và TP. Hồ Chí Minh";
    let s = summary(t, Some("2023-01-01"));
    let kinds: Vec<EntityType> =
        s.iter().filter(|m| m.2 == "Hồ Chí Minh").map(|m| m.0).collect();
    assert_eq!(kinds, [EntityType::Person, EntityType::Place]);
}

#[test]
fn common_words_are_not_countries() {
    assert!(places("Anh cho biết", None).is_empty());
    assert!(places("ông Nguyễn Đức Anh", None).is_empty());
    let got = places("Việt Nam và Anh ký thỏa thuận", None);
    assert_eq!(got.len(), 2, "{got:?}");
    // A language; the first syllable of a word.
    assert!(places("Học sinh học tiếng Anh từ lớp 3.", None).is_empty());
    let got = places("Trường Đại học Mỹ thuật Việt Nam tuyển sinh.", None);
    assert_eq!(got.len(), 1, "{got:?}");
    let got = places("Hàng hóa xuất sang Mỹ tăng mạnh.", None);
    assert_eq!(got.len(), 1, "{got:?}");
    // A surname alone after a province goes on with a longer name (the
    // Pacific); with a given name after it, it opens a person's.
    assert!(
        places("Hiệp định xuyên Thái Bình Dương có hiệu lực.", None)
            .is_empty()
    );
    let got = places("Đoàn tỉnh Thái Bình Dương Văn Minh dẫn đầu.", None);
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn airports_and_stations_are_not_their_units() {
    let text = "TP.HCM mở rộng sân bay Tân Sơn Nhất và ga Bến Thành.";
    let got: Vec<String> =
        places(text, None).into_iter().map(|p| p.0).collect();
    assert_eq!(got, ["Hồ Chí Minh"]);
    // With its type word the unit is named.
    let got = places("Phường Bến Thành, quận 1, TP.HCM.", None);
    assert!(got.iter().any(|p| p.0 == "Bến Thành"), "{got:?}");
}

#[test]
fn ho_chi_minh_city_in_the_forms_news_writes() {
    for text in [
        "Giá nhà tại Tp.HCM tăng.",
        "Công an Tp. HCM bắt giữ 3 đối tượng.",
        "Người dân thành phố HCM đi bầu cử.",
        "Sở Y tế TP.Hồ Chí Minh khuyến cáo.",
    ] {
        let got: Vec<String> =
            places(text, None).into_iter().map(|p| p.0).collect();
        assert_eq!(got, ["Hồ Chí Minh"], "{text}");
    }
    assert_eq!(
        of_kind("Sở Y tế Tp.HCM khuyến cáo.", EntityType::Organization),
        ["Sở Y tế Tp.HCM"]
    );
}

#[test]
fn the_president_s_name_in_a_body_s_is_no_city() {
    for text in [
        "Bảo tàng Hồ Chí Minh mở cửa miễn phí.",
        "Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội thảo.",
    ] {
        assert!(places(text, None).is_empty(), "{text}");
        assert!(of_kind(text, EntityType::Person).is_empty(), "{text}");
    }
}

#[test]
fn the_units_after_a_name_in_an_address_settle_its_namesakes() {
    let code = |text: &str, date: &str, name: &str| {
        places(text, Some(date))
            .into_iter()
            .find(|p| p.0 == name)
            .map(|p| p.2)
            .unwrap_or_default()
    };
    // Phường 9 of Quận 3, not of Gò Vấp.
    let text = "Vụ việc xảy ra tại Phường 9, Quận 3, TP.HCM.";
    assert_eq!(code(text, "2024-05-10", "Phường 9"), "27142");
    // An old address in a later article: the commune of Can Lộc, not the
    // new one of Huế.
    let text = "Bị cáo (trú xã Phú Lộc, huyện Can Lộc, tỉnh Hà Tĩnh) bị bắt.";
    assert_eq!(code(text, "2025-09-10", "Phú Lộc"), "18454");
    // A name said again later in the sentence is no chain.
    let text = "Tại Hải Dương, Bộ trưởng dự hội nghị đầu tư vào Hải Dương.";
    assert_eq!(code(text, "2017-06-18", "Hải Dương"), "30");
}

#[test]
fn cities_abroad_bare_or_after_their_type_word() {
    let names = |t: &str| -> Vec<String> {
        places(t, None).into_iter().map(|p| p.0).collect()
    };
    assert_eq!(
        names("Hợp tác với các thành phố Seoul, Busan được mở rộng."),
        ["Seoul", "Busan"]
    );
    assert_eq!(names("Hàng hóa xuất sang Quảng Châu tăng."), ["Quảng Châu"]);
    assert_eq!(names("Ông đến Washington hôm qua."), ["Washington"]);
}

#[test]
fn shipped_forms_are_canonical() {
    // The build skips normalizing shipped names and aliases; they must
    // then be canonical already.
    let opts = Options::default();
    let mut bad = Vec::new();
    for (file, text) in SHIPPED {
        for e in dict::parse(file.as_ref(), text, 10).unwrap() {
            for form in std::iter::once(&e.name).chain(&e.aliases) {
                if crate::normalize::normalize_str(form, &opts) != *form {
                    bad.push(format!("{file}: {}: {form:?}", e.id));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{} forms not canonical: {bad:#?}", bad.len());
}

#[test]
fn names_that_are_words_or_given_names() {
    // A form of address makes the next name a person's.
    assert!(places("Theo chị Nga, giá tăng.", None).is_empty());
    assert!(places("Tôi gặp ông Đức ở chợ.", None).is_empty());
    // One-syllable names opening a sentence are words.
    for t in ["Nhật ký công tác.", "Áo dài đẹp.", "Viên chức nghỉ."]
    {
        assert!(places(t, None).is_empty(), "{t}");
    }
    // Mid-sentence they are places.
    assert_eq!(places("Đoàn công tác thăm Nhật Bản và Nga.", None).len(), 2);
}

#[test]
fn abbreviations_inside_document_numbers() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert!(orgs("Công văn số 2045/BCT-TCCB ngày 5/3").is_empty());
    assert!(orgs("Quyết định 15/QĐ-UBND").is_empty());
    assert_eq!(orgs("UBND tỉnh và BCT đã họp"), ["UBND tỉnh", "BCT"]);
}

#[test]
fn type_words_that_no_namesake_has() {
    // No country after "xã", no commune after "TP", and a name that goes
    // on with a capital is a longer name.
    assert!(places("nhân dân xã Đức Yên hưởng ứng", None).is_empty());
    let s = summary("Phó Chủ tịch UBND TP Hồ Kỳ Minh thăm hiệp hội", None);
    assert!(s.iter().all(|m| m.0 != EntityType::Place), "{s:?}");
    // Abbreviated type words, and a unit that changed its type.
    let got = places(
        "Đà Nẵng: P. Bình Hiên, H. Hòa Vang và huyện Thủy Nguyên",
        Some("2017-03-01"),
    );
    let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(names, ["Đà Nẵng", "Bình Hiên", "Hòa Vang", "Thủy Nguyên"]);
}

#[test]
fn places_after_a_type_word_in_lower_case() {
    let places = |t: &str| of_kind(t, EntityType::Place);
    assert_eq!(places("Bí thư Thành ủy Hải phòng dự."), ["Hải phòng"]);
    assert_eq!(places("Người dân tỉnh Thanh hóa phấn khởi."), ["Thanh hóa"]);
    // Without a type word the case still has to agree.
    assert!(places("Ông Hải phòng thủ.").is_empty());
    assert!(places("Thanh hóa đơn đã xuất.").is_empty());
}

#[test]
fn regions_named_by_a_common_noun_in_lower_case() {
    let places = |t: &str| of_kind(t, EntityType::Place);
    assert_eq!(
        places(
            "Lũ lớn ở vùng đồng bằng sông Cửu Long và duyên hải miền Trung."
        ),
        ["đồng bằng sông Cửu Long", "duyên hải miền Trung"]
    );
    // A region named by a direction needs its capital, or "phía tây Bắc
    // Giang" would hold "Tây Bắc".
    assert_eq!(places("Mưa ở phía tây Bắc Giang."), ["Bắc Giang"]);
    assert!(places("Ở đồng bằng sông nước.").is_empty());
}

#[test]
fn a_capitalized_head_noun_names_a_body_in_lower_case() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(orgs("Sở tài chính đã thẩm định."), ["Sở tài chính"]);
    assert_eq!(
        orgs("Theo Bộ nông nghiệp và phát triển nông thôn, giá lúa tăng."),
        ["Bộ nông nghiệp và phát triển nông thôn"]
    );
    assert_eq!(
        orgs("Ban chỉ đạo Tây Nguyên họp."),
        ["Ban chỉ đạo Tây Nguyên"]
    );
    // The head noun in lower case is a common noun.
    assert!(orgs("Các sở tài chính và kế hoạch đầu tư.").is_empty());
    assert!(orgs("Bộ tài liệu gồm 5 quyển.").is_empty());
}

#[test]
fn bare_bodies_in_a_list_share_its_place() {
    let orgs = |t: &str| -> Vec<String> {
        mentions(t, None)
            .into_iter()
            .filter(|m| m.kind == EntityType::Organization)
            .map(|m| m.normalized)
            .collect()
    };
    assert_eq!(
        orgs("HĐND, UBND và Ủy ban MTTQ tỉnh Lào Cai tổ chức lễ."),
        [
            "Hội đồng nhân dân tỉnh Lào Cai",
            "Ủy ban nhân dân tỉnh Lào Cai",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai"
        ]
    );
    // Not when the list ends on a body with no place, or when words
    // other than a comma or "và" part the names.
    assert!(orgs("HĐND, UBND các xã họp.").is_empty());
    assert_eq!(
        orgs("HĐND đã họp; UBND huyện Mường Lát báo cáo."),
        ["Ủy ban nhân dân huyện Mường Lát"]
    );
    // A list that opens on a plural names many bodies; a national body
    // is one all the same.
    assert!(
        orgs("Phần lớn các Thành ủy, Tỉnh ủy đều có nghị quyết.").is_empty()
    );
    assert_eq!(
        orgs("Gửi các Bộ Tài chính, Bộ Ngoại giao."),
        ["Bộ Tài chính", "Bộ Ngoại giao"]
    );
}

#[test]
fn units_that_end_a_body_name_are_places_too() {
    let places = |t: &str| of_kind(t, EntityType::Place);
    assert_eq!(
        places("Tập đoàn Samsung Hàn Quốc đầu tư thêm 2 tỷ USD."),
        ["Hàn Quốc"]
    );
    assert_eq!(
        places("Ngân hàng Nhà nước Việt Nam giảm lãi suất."),
        ["Việt Nam"]
    );
    assert_eq!(
        places("Công ty cổ phần Xi măng Bỉm Sơn báo lãi."),
        ["Bỉm Sơn"]
    );
    assert_eq!(places("Đại diện Ban Chỉ đạo Tây Bắc phát biểu."), ["Tây Bắc"]);
    // Once, with its type word, when the body names its unit that way.
    assert_eq!(places("UBND tỉnh Nghệ An họp."), ["Nghệ An"]);
    // Not a unit's name, or not the end of the body's.
    assert!(places("Công ty cổ phần Sông Đà 5 báo lãi.").is_empty());
    assert!(
        places("Công ty TNHH Thương mại Việt Hàn khai trương.").is_empty()
    );
}

#[test]
fn an_abbreviation_in_brackets_inside_a_body_name() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Ủy ban nhân dân (UBND) tỉnh Quảng Bình phê duyệt."),
        ["Ủy ban nhân dân (UBND) tỉnh Quảng Bình"]
    );
    assert_eq!(
        orgs("Công ty cổ phần Chế biến Nông sản (CTCP) Tây Ninh báo lãi."),
        ["Công ty cổ phần Chế biến Nông sản (CTCP) Tây Ninh"]
    );
    // Where the name ends at the bracket, the abbreviation is a mention
    // of its own.
    assert_eq!(
        orgs("Tập đoàn Dầu khí Việt Nam (PVN) cho biết."),
        ["Tập đoàn Dầu khí Việt Nam", "PVN"]
    );
    assert_eq!(
        orgs("Công ty cổ phần Nhựa Tiền Phong (NTP) cho biết."),
        ["Công ty cổ phần Nhựa Tiền Phong", "NTP"]
    );
}

#[test]
fn the_bare_body_of_a_post_is_a_particular_one() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(orgs("Chủ tịch UBND Trần Văn An cho biết."), ["UBND"]);
    assert_eq!(orgs("Bí thư Thành ủy cho rằng giá còn cao."), ["Thành ủy"]);
    // Not where the posts or the bodies are many.
    assert!(orgs("Chủ tịch UBND các xã cùng dự.").is_empty());
    assert!(orgs("Thành phố có 3 Phó Chủ tịch UBND.").is_empty());
    // Nor a bare body that no post names.
    assert!(orgs("Đảng bộ và chính quyền cùng vào cuộc.").is_empty());
}

#[test]
fn bodies_named_on_their_own() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Năm qua, Công ty cổ phần Thủy điện Miền Trung đã nộp thuế."),
        ["Công ty cổ phần Thủy điện Miền Trung"]
    );
    assert_eq!(
        orgs("Dư nợ của Ngân hàng Chính sách xã hội đạt 5.992 tỷ đồng."),
        ["Ngân hàng Chính sách xã hội"]
    );
    // No proper name after the head: no particular body.
    assert!(
        orgs("Nhiều công ty trong nước và Công ty mới thành lập.").is_empty()
    );
    // A verb that ends a noun of two words is part of the name; on its
    // own it still ends one.
    assert_eq!(
        orgs(
            "Tổng công ty Thiết bị điện Đông Anh và Tổng công ty Cảng hàng \
              không Việt Nam ký kết; Công ty Minh Long bị phạt."
        ),
        [
            "Tổng công ty Thiết bị điện Đông Anh",
            "Tổng công ty Cảng hàng không Việt Nam",
            "Công ty Minh Long"
        ]
    );
}

#[test]
fn the_trie_finds_what_an_automaton_finds() {
    // The syllable trie reports every match an Aho-Corasick automaton of
    // the same keys reports over the spaced text, overlaps included.
    let g = Gazetteer::shipped();
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::Standard)
        .build(g.key_ends.iter().scan(0, |start, &end| {
            let key = &g.keys[*start..end];
            *start = end;
            Some(key)
        }))
        .unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/dev-corpus");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    texts.push(include_str!("../../samples/thanh-hoa-2023.txt").to_string());
    texts.push(
        "Bà Rịa - Vũng Tàu, TP.HCM (GRDP) tăng; x-Hà Nội\u{fffd}  Hà  Nội \
         Hà Nội\u{300}, Thanh Hóa-Nghệ An"
            .into(),
    );
    assert!(texts.len() > 2);
    for t in &texts {
        let v = Views::new(t, &Options::default());
        let mut s = Vec::new();
        push_spaced(&v.folded, &mut s);
        let mut a = g.trie.find(&v.folded, |_| false);
        // The spaced text has one more space at its start, and a match
        // takes a space on each side.
        let mut b: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(&s)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end() - 2))
            .collect();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b, "{}", &t[..t.len().min(80)]);
    }
}

#[test]
fn syllables_agree_but_for_case_and_tone_placement() {
    for (syl, want, same) in [
        ("thanh", "thanh", true),
        ("Thanh", "thanh", true),
        ("THANH", "thanh", true),
        ("tHanh", "thanh", true),
        ("Hóa", "hóa", true),
        ("Hoá", "hóa", true),
        ("HOÁ", "hóa", true),
        ("Đông", "đông", true),
        ("ĐÔNG", "đông", true),
        ("Hòa", "hóa", false),
        ("Thanh", "thành", false),
        ("Than", "thanh", false),
        ("Thanhs", "thanh", false),
        ("", "", true),
    ] {
        assert_eq!(super::same_syllable(syl, want), same, "{syl} {want}");
    }
}

#[test]
fn no_name_inside_a_word_joined_by_an_apostrophe() {
    assert!(places("Bà H'Nga Byă và chị H’Nga đến dự.", None).is_empty());
    assert_eq!(
        places("Đoàn công tác của Nga đến dự.", None),
        vec![p("Nga", "country", "RU")]
    );
}

#[test]
fn a_country_in_the_name_of_a_currency_is_no_place() {
    let text = "Xuất khẩu đạt 33 tỉ đô la Mỹ, 2 triệu bảng Anh và 5 tỷ yên \
                Nhật, quy ra tiền Việt Nam; hàng sang Mỹ tăng.";
    assert_eq!(places(text, None), vec![p("Hoa Kỳ", "country", "US")]);
}

#[test]
fn bodies_at_every_level_named_for_the_nation_stand_alone() {
    for (text, want) in [
        ("Hội Nông dân Việt Nam phát động.", &["Hội Nông dân Việt Nam"][..]),
        (
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh phát động.",
            &["Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
        ),
        (
            "Vốn qua hệ thống Kho bạc Nhà nước (KBNN) tăng.",
            &["Kho bạc Nhà nước", "KBNN"],
        ),
        // Bare, they are any of their level: no body of their own.
        ("Hội Nông dân các cấp và Hội đồng nhân dân đã họp.", &[]),
        ("Đoàn Thanh niên và Ủy ban MTTQ đã họp.", &[]),
    ] {
        assert_eq!(of_kind(text, EntityType::Organization), want, "{text}");
    }
}

#[test]
fn a_branch_of_an_association_is_named_without_the_nation() {
    // Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh: a branch
    // drops "Việt Nam"; the Front and the Youth Union keep their full name.
    for (text, want) in [
        ("Hội Nông dân tỉnh Thanh Hóa", "Hội Nông dân tỉnh Thanh Hóa"),
        ("Hội LHPN huyện Mường Lát", "Hội Liên hiệp Phụ nữ huyện Mường Lát"),
        ("Hội CCB tỉnh Nghệ An", "Hội Cựu chiến binh tỉnh Nghệ An"),
        ("Hội LHPN Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"),
        ("Trung ương Hội Nông dân", "Trung ương Hội Nông dân Việt Nam"),
        (
            "Ủy ban MTTQ tỉnh Nghệ An",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An",
        ),
        (
            "Đoàn Thanh niên tỉnh Nghệ An",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An",
        ),
    ] {
        assert_eq!(bodies_of(text), [want], "{text}");
    }
}

#[test]
fn schools_hospitals_and_corporations_named_on_their_own() {
    for (text, want) in [
        (
            "Học sinh Trường THPT Chu Văn An dự thi.",
            &["Trường THPT Chu Văn An"][..],
        ),
        (
            "Trường Trung học cơ sở Nguyễn Du tổ chức lễ.",
            &["Trường Trung học cơ sở Nguyễn Du"],
        ),
        ("Trường Đại học Thủy lợi tuyển sinh.", &["Trường Đại học Thủy lợi"]),
        ("Bệnh viện Bạch Mai quá tải.", &["Bệnh viện Bạch Mai"]),
        // A corporation with "Công ty" in capitals.
        (
            "Tổng Công ty Xây dựng 4 làm chủ đầu tư.",
            &["Tổng Công ty Xây dựng 4"],
        ),
        (
            "Ban Quản lý (BQL) Hoàng thành Thăng Long và CLB Hà Nội họp.",
            &["Ban Quản lý (BQL) Hoàng thành Thăng Long", "CLB Hà Nội"],
        ),
        ("Ban quản lý chợ đã họp.", &[]),
        // A board's own name may go on in lower case, to a verb.
        (
            "Ban Chỉ đạo điều hành giá họp do Phó Thủ tướng chủ trì.",
            &["Ban Chỉ đạo điều hành giá"],
        ),
        (
            "Ban Quản lý dự án đầu tư xây dựng tỉnh Nghệ An cần giải ngân.",
            &["Ban Quản lý dự án đầu tư xây dựng tỉnh Nghệ An"],
        ),
        // Counted, it is a common noun.
        ("Về 5 BQL dự án mới thành lập, tỉnh đã họp.", &[]),
        ("Sở phối hợp với các BQL dự án.", &[]),
        // A numbered body, but not a law's year.
        (
            "Dự án do Tổng Công ty xây dựng công trình giao thông 4 làm chủ.",
            &["Tổng Công ty xây dựng công trình giao thông 4"],
        ),
        ("Luật HTX năm 2012 đã sửa đổi.", &[]),
        // A verb of two words ends the name.
        (
            "Bệnh viện Chợ Rẫy thực hiện thành công ca ghép tạng.",
            &["Bệnh viện Chợ Rẫy"],
        ),
        (
            "Trường Đại học Kinh tế Quốc dân khai giảng năm học mới.",
            &["Trường Đại học Kinh tế Quốc dân"],
        ),
        (
            "Tổng công ty Điện lực miền Bắc (EVNNPC) cắt điện luân phiên.",
            &["Tổng công ty Điện lực miền Bắc", "EVNNPC"],
        ),
        // Places of culture and nature, missions, churches, agencies.
        ("Nhà hát Lớn Hà Nội tổ chức đêm nhạc.", &["Nhà hát Lớn Hà Nội"]),
        (
            "Đại sứ quán Việt Nam tại Nhật Bản khuyến cáo công dân.",
            &["Đại sứ quán Việt Nam tại Nhật Bản"],
        ),
        (
            "Hạt Kiểm lâm huyện Kon Plông phát hiện vụ phá rừng.",
            &["Hạt Kiểm lâm huyện Kon Plông"],
        ),
        (
            "Chi cục Kiểm lâm tỉnh Gia Lai cho biết.",
            &["Chi cục Kiểm lâm tỉnh Gia Lai"],
        ),
        // The president's name inside a body's name.
        (
            "Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội thảo.",
            &["Học viện Chính trị quốc gia Hồ Chí Minh"],
        ),
        // A trade name goes on past a place it holds; "nhỏ và vừa" is
        // one noun.
        (
            "Công ty TNHH Hòa Bình Xanh bị xử phạt.",
            &["Công ty TNHH Hòa Bình Xanh"],
        ),
        (
            "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam tổ chức hội thảo.",
            &["Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam"],
        ),
        // What a board is for, after "về"; the works it manages; parts
        // joined by a dash or a comma; a long name that ends in a place.
        (
            "Họp với Ban Chỉ đạo quốc gia về Phòng, chống thiên tai, tỉnh báo cáo.",
            &["Ban Chỉ đạo quốc gia về Phòng, chống thiên tai"],
        ),
        (
            "Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh Cao Bằng và các nhà đầu tư dự họp.",
            &[
                "Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh Cao Bằng",
            ],
        ),
        (
            "Lãnh đạo Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng cho biết.",
            &["Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"],
        ),
        (
            "Bệnh viện Sản - Nhi Bắc Giang đã được công nhận.",
            &["Bệnh viện Sản - Nhi Bắc Giang"],
        ),
        (
            "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh Quảng Bình cho biết.",
            &[
                "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh Quảng Bình",
            ],
        ),
        // The initials in brackets before the parent body.
        (
            "Cơ quan Cảnh sát điều tra (CSĐT) Công an tỉnh Quảng Ninh đã khởi tố vụ án.",
            &[
                "Cơ quan Cảnh sát điều tra (CSĐT) Công an tỉnh Quảng Ninh",
                "Công an tỉnh Quảng Ninh",
            ],
        ),
        // "TX" without a dot is "thị xã".
        ("UBND TX Hoàng Mai tổ chức hội nghị.", &["UBND TX Hoàng Mai"]),
        // Agencies; a government abroad.
        (
            "Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tài trợ dự án.",
            &["Cơ quan Hợp tác quốc tế Nhật Bản", "JICA"],
        ),
        ("Các cơ quan chức năng đang điều tra.", &[]),
        (
            "Chính phủ Hàn Quốc dành cho miền Trung khoản viện trợ.",
            &["Chính phủ Hàn Quốc"],
        ),
        // Unless it carries out an act that names the body.
        (
            "Trưởng Ban Chỉ đạo tổng kết 10 năm thực hiện Luật Đất đai phát biểu.",
            &["Ban Chỉ đạo tổng kết 10 năm thực hiện Luật Đất đai"],
        ),
        // "Trường" alone opens places.
        ("Quần đảo Trường Sa có mưa.", &[]),
        // A pair of places names a park.
        (
            "Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng cho biết.",
            &["Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng"],
        ),
        // A plant "của" its company; a committee "của" the assembly.
        (
            "Nhà máy thủy điện Bản Rạ của Công ty Cổ phần Thủy điện Cao Bằng phát điện.",
            &[
                "Nhà máy thủy điện Bản Rạ",
                "Công ty Cổ phần Thủy điện Cao Bằng",
            ],
        ),
        (
            "Ủy ban Kinh tế của Quốc hội thẩm tra báo cáo.",
            &["Ủy ban Kinh tế của Quốc hội"],
        ),
        (
            "Ông A giữ chức Chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.",
            &["Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"],
        ),
        (
            "Bà B giữ chức Trưởng Ban Kiểm soát nội bộ.",
            &["Ban Kiểm soát nội bộ"],
        ),
        (
            "Theo Ban An toàn giao thông tỉnh Lâm Đồng, số vụ tai nạn giảm.",
            &["Ban An toàn giao thông tỉnh Lâm Đồng"],
        ),
        // A foreign body's seat; a crime unit's field; a domestic market.
        (
            "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam kiến nghị.",
            &["Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam"],
        ),
        (
            "Ông A, Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy, cho biết.",
            &["Cục Cảnh sát điều tra tội phạm về ma túy"],
        ),
        (
            "Ông B, Phó Vụ trưởng Vụ Thị trường trong nước, phát biểu.",
            &["Vụ Thị trường trong nước"],
        ),
        // A foreign parliament; the European Commission; bodies of a
        // province or a commune since 2025.
        (
            "Quốc hội Hungary sẽ thành lập nhóm nghị sĩ hữu nghị.",
            &["Quốc hội Hungary"],
        ),
        ("Ủy ban châu Âu (EC) đã rút thẻ vàng.", &["Ủy ban châu Âu", "EC"]),
        (
            "Ban Tiếp công dân tỉnh đã tiếp 300 lượt công dân.",
            &["Ban Tiếp công dân tỉnh"],
        ),
        (
            "Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị.",
            &["Đảng ủy các cơ quan Đảng tỉnh"],
        ),
        // A name ends before "ở", "vào", "trước".
        (
            "Ông từng công tác ở Cục Quản lý đường bộ II trước khi về Bộ.",
            &["Cục Quản lý đường bộ II"],
        ),
        // An abbreviation in brackets is no parent body: it names the
        // department, which ends before it.
        (
            "Phòng Cảnh sát kinh tế (PC03) đã vào cuộc.",
            &["Phòng Cảnh sát kinh tế", "PC03"],
        ),
    ] {
        assert_eq!(of_kind(text, EntityType::Organization), want, "{text}");
    }
}

#[test]
fn thua_thien_hue_is_the_province_before_the_city_of_hue() {
    assert_eq!(
        places("Phó Chủ tịch UBND tỉnh Thừa Thiên - Huế cho biết.", None),
        vec![p("Thừa Thiên Huế", "province", "46")]
    );
    assert_eq!(
        places("Du khách đến Huế.", None),
        vec![p("Huế", "province", "46")]
    );
}

#[test]
fn districts_in_the_spelling_of_their_seat() {
    assert_eq!(
        places("Huyện Mù Cang Chải và huyện M'Drắk có mưa.", None),
        vec![
            p("Mù Căng Chải", "district", "137"),
            p("M'Đrắk", "district", "652")
        ]
    );
}

#[test]
fn a_highlands_syllable_in_k_agrees_with_or_without_its_tone_mark() {
    // Kon Tum writes "Đăk", Đắk Lắk "Đắk"; the press writes both anyhow.
    assert_eq!(
        places("Huyện Đăk Glei và tỉnh Đăk Lăk có mưa.", None),
        vec![p("Đắk Glei", "district", "610"), p("Đắk Lắk", "province", "66")]
    );
    // A Vietnamese syllable keeps its tone: "Hà Nam" is no "Hạ Nam".
    assert!(places("Hạ Nam có mưa.", None).is_empty());
}

#[test]
fn a_name_half_abbreviated_is_the_body() {
    assert_eq!(
        of_kind(
            "Sở Nông nghiệp và PTNT và Bộ NN và PTNT đã họp.",
            EntityType::Organization
        ),
        ["Sở Nông nghiệp và PTNT", "Bộ NN và PTNT"]
    );
}

#[test]
fn a_province_merged_away_is_still_named_bare_after_2025() {
    let after = Some("2025-08-01");
    let got = places("Tỉnh Lâm Đồng mới gồm Đắk Nông và Bình Thuận.", after);
    assert_eq!(
        got[1..],
        [p("Đắk Nông", "province", "67"), p("Bình Thuận", "province", "60")]
    );
    // With its type word a commune is a commune.
    assert_eq!(
        places("Phường Bình Thuận, tỉnh Lâm Đồng họp.", after)[0],
        p("Bình Thuận", "commune", "22960")
    );
}

#[test]
fn a_type_word_abbreviated_may_be_glued_to_the_name() {
    let date = Some("2024-08-01");
    assert_eq!(
        places("Tại Q.Bình Thạnh, H.Mường Lát và Q.1 có mưa.", date),
        vec![
            p("Bình Thạnh", "district", "765"),
            p("Mường Lát", "district", "384"),
            p("Quận 1", "district", "760"),
        ]
    );
    let orgs: Vec<String> = mentions("UBND Q.Bình Thạnh họp.", date)
        .into_iter()
        .filter(|m| m.kind == EntityType::Organization)
        .map(|m| m.normalized)
        .collect();
    assert_eq!(orgs, ["Ủy ban nhân dân quận Bình Thạnh"]);
}

#[test]
fn local_bodies_of_the_state_and_their_type_word() {
    for (text, want) in [
        ("BHXH tỉnh Thanh Hóa", "Bảo hiểm xã hội tỉnh Thanh Hóa"),
        ("Trung tâm Y tế huyện Nga Sơn", "Trung tâm Y tế huyện Nga Sơn"),
        ("Đài PT-TH Nghệ An", "Đài Phát thanh và Truyền hình tỉnh Nghệ An"),
        ("Hội Nhà báo tỉnh Thanh Hóa", "Hội Nhà báo tỉnh Thanh Hóa"),
        ("Viện KSND tỉnh Thanh Hóa", "Viện Kiểm sát nhân dân tỉnh Thanh Hóa"),
        ("Trạm Y tế xã Tam Chung", "Trạm Y tế xã Tam Chung"),
        // A body named with its type word takes it once.
        ("Thanh tra tỉnh Hà Tĩnh", "Thanh tra tỉnh Hà Tĩnh"),
    ] {
        assert_eq!(bodies_of(text), [want], "{text}");
    }
}

#[test]
fn a_country_alone_in_brackets_is_a_place() {
    assert_eq!(
        places(
            "Đàm phán với Đại học Cambridge (Anh) và Công ty Boeing (Mỹ).",
            None
        ),
        vec![p("Anh", "country", "GB"), p("Hoa Kỳ", "country", "US")]
    );
    // Not as a word in brackets with others.
    assert!(places("Lời kể (Anh cho biết) rất xúc động.", None).is_empty());
}

#[test]
fn a_brand_ends_a_body_named_on_its_own() {
    for (text, want) in [
        ("Công ty Vinamilk mở rộng thị trường.", "Công ty Vinamilk"),
        (
            "Hãng hàng không Vietjet Air mở đường bay.",
            "Hãng hàng không Vietjet Air",
        ),
        ("Hãng Airbus ký hợp đồng.", "Hãng Airbus"),
        // A syllable in plain letters is no brand.
        (
            "Viện Khoa học Thủy lợi miền Nam đã họp.",
            "Viện Khoa học Thủy lợi miền Nam",
        ),
    ] {
        assert_eq!(of_kind(text, EntityType::Organization), [want], "{text}");
    }
}

#[test]
fn a_foreign_post_takes_a_capital_as_it_takes_a_country() {
    for (text, want) in [
        ("Thị trưởng Tokyo thăm Hà Nội.", "Thị trưởng Tokyo"),
        ("Đại sứ Việt Nam tại Tokyo dự lễ.", "Đại sứ Việt Nam tại Tokyo"),
    ] {
        assert_eq!(of_kind(text, EntityType::Title), [want], "{text}");
    }
}

#[test]
fn banks_agencies_and_the_bar() {
    assert_eq!(
        of_kind(
            "Vietcombank, BIDV và WHO cùng Đoàn Luật sư TP Hà Nội ký kết.",
            EntityType::Organization
        ),
        ["Vietcombank", "BIDV", "WHO", "Đoàn Luật sư TP Hà Nội"]
    );
}

#[test]
fn a_type_word_in_lower_case_ends_a_body_s_name_before_a_verb() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Cục Quản lý thị trường tỉnh phát hiện 30 vụ vi phạm."),
        ["Cục Quản lý thị trường tỉnh"]
    );
    assert_eq!(
        orgs("Cục Phòng chống tội phạm ma túy bắt giữ 5 đối tượng."),
        ["Cục Phòng chống tội phạm ma túy"]
    );
    // "quản" is no "quận"; "xã hội" and "hợp tác xã" are words.
    assert_eq!(
        orgs("Cục trưởng Cục quản lý giá (Bộ Tài chính) cho biết."),
        ["Cục quản lý giá", "Bộ Tài chính"]
    );
    assert_eq!(
        orgs("Ngân hàng Chính sách xã hội cho vay."),
        ["Ngân hàng Chính sách xã hội"]
    );
    // "gồm" and "thuộc" are verbs, which no body's name holds.
    assert_eq!(
        orgs("Trung tâm Y tế thuộc Sở Y tế tỉnh Nghệ An."),
        ["Sở Y tế tỉnh Nghệ An"]
    );
    assert!(orgs("Giám đốc Sở gồm nhiều người.").is_empty());
}

#[test]
fn a_department_named_after_the_post_that_holds_its_head_is_a_body() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Ông Lê Văn An, Trưởng phòng Tổ chức cán bộ Sở Nội vụ, nói."),
        ["phòng Tổ chức cán bộ Sở Nội vụ", "Sở Nội vụ"]
    );
    assert_eq!(
        orgs("Ông Lê Văn An, Trưởng khoa Nội, Bệnh viện Bạch Mai, nói."),
        ["khoa Nội", "Bệnh viện Bạch Mai"]
    );
    // A code is the department's own name.
    assert_eq!(
        orgs("Ông Lê Văn An, Trưởng phòng PA05 Công an tỉnh, nói."),
        ["PA05", "Công an tỉnh"]
    );
}

#[test]
fn a_plain_word_is_no_type_word_in_a_text_with_marks() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    // "quan" is no "quận": the province follows the customs office.
    assert_eq!(
        orgs("Cục Hải quan Nghệ An cho biết."),
        ["Cục Hải quan Nghệ An"]
    );
    // In a text typed without marks it is.
    assert_eq!(
        orgs("Ong An, Chu tich UBND quan Ba Dinh, cho biet."),
        ["UBND quan Ba Dinh"]
    );
}

#[test]
fn heads_of_two_syllables_and_bodies_of_the_2025_reform() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Chi cục Hải quan khu vực XIX phát hiện 5 vụ."),
        ["Chi cục Hải quan khu vực XIX"]
    );
    assert_eq!(
        orgs("Ông An, Trưởng Thuế TP Hải Phòng, cho biết."),
        ["Thuế TP Hải Phòng"]
    );
    assert_eq!(
        orgs("Ông An, Giám đốc Văn phòng Đăng ký đất đai tỉnh, cho biết."),
        ["Văn phòng Đăng ký đất đai tỉnh"]
    );
    // A verb ends a body's name.
    assert_eq!(
        orgs("Cục Bảo vệ thực vật kể từ ngày 1/7 sẽ sáp nhập."),
        ["Cục Bảo vệ thực vật"]
    );
    // Bodies counted after their name are many, no one body.
    assert!(orgs("Chủ tịch UBND 34 tỉnh, thành phố đã dự.").is_empty());
    // A comma joins complaints and denunciations.
    assert_eq!(
        orgs("Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực 1 họp."),
        ["Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực 1"]
    );
    assert_eq!(
        orgs("Liên đoàn Bóng đá Việt Nam (VFF) cho biết."),
        ["Liên đoàn Bóng đá Việt Nam", "VFF"]
    );
}

#[test]
fn departments_named_on_their_own() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Ông An được giao phụ trách Vụ Tổ chức cán bộ từ tháng 5."),
        ["Vụ Tổ chức cán bộ"]
    );
    // The name ends before its abbreviation when words in lower case
    // follow it.
    assert_eq!(
        orgs("Phòng Cảnh sát hình sự (PC02) triệt phá một đường dây."),
        ["Phòng Cảnh sát hình sự", "PC02"]
    );
    // A crop season, a room, a city are no departments.
    assert!(orgs("Vụ Xuân 2017 được mùa, Vụ Hè Thu nhận nước.").is_empty());
    assert!(orgs("Cuộc họp ở Phòng 70 nhà A.").is_empty());
    assert!(orgs("Hàng về Hải Phòng và Đồng Nai.").is_empty());
}

#[test]
fn provinces_merged_or_split_long_ago_are_places_not_persons() {
    let names = |t: &str| -> Vec<String> {
        places(t, None).into_iter().map(|p| p.0).collect()
    };
    assert_eq!(
        names("Ông là nguyên Phó Chủ tịch UBND tỉnh Nghệ Tĩnh."),
        ["Nghệ Tĩnh"]
    );
    assert_eq!(names("Ông sinh ra ở Hà Sơn Bình."), ["Hà Sơn Bình"]);
}

#[test]
fn the_type_word_of_a_plural_list_is_each_item_s() {
    let names = |t: &str| -> Vec<String> {
        places(t, None).into_iter().map(|p| p.0).collect()
    };
    assert_eq!(
        names("Nước mặn xâm nhập các xã Đông Hải, Thạnh Hòa và Tân Lập."),
        ["Đông Hải", "Thạnh Hòa", "Tân Lập"]
    );
    // A wind and a swine fever named after a place are no place.
    assert!(names("Gió Lào thổi mạnh; dịch tả lợn châu Phi lan.").is_empty());
}

#[test]
fn the_country_a_body_s_name_holds_is_a_place() {
    let names = |t: &str| -> Vec<String> {
        places(t, None).into_iter().map(|p| p.0).collect()
    };
    assert_eq!(
        names("Ủy ban MTTQ Việt Nam tỉnh Hà Nam họp."),
        ["Việt Nam", "Hà Nam"]
    );
}

#[test]
fn an_abbreviation_in_brackets_after_a_body_and_its_place_names_it() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Ngân hàng Chính sách xã hội tỉnh Nghệ An (NHCSXH) cho vay."),
        ["Ngân hàng Chính sách xã hội tỉnh Nghệ An", "NHCSXH"]
    );
}

#[test]
fn a_name_after_a_street_a_monument_or_a_profession_is_no_unit() {
    let names = |t: &str| -> Vec<String> {
        places(t, None).into_iter().map(|p| p.0).collect()
    };
    assert_eq!(
        names("Cửa hàng trên đường Trần Phú, TP Hà Tĩnh bị cháy."),
        ["Hà Tĩnh"]
    );
    assert_eq!(
        names("Tượng đài Quang Trung ở Nghệ An được trùng tu."),
        ["Nghệ An"]
    );
    assert_eq!(names("Nhà văn Nguyễn Du sinh ra tại Hà Tĩnh."), ["Hà Tĩnh"]);
    // With its type word it is the unit; "đến" is no "đền".
    assert_eq!(
        names("Phường Trần Phú, TP Hà Tĩnh tổ chức lễ."),
        ["Trần Phú", "Hà Tĩnh"]
    );
    assert_eq!(
        names("Đoàn đến Mường Lát, Thanh Hóa."),
        ["Mường Lát", "Thanh Hóa"]
    );
}

#[test]
fn a_country_of_one_syllable_before_a_verb_opens_a_sentence() {
    let names = |t: &str| -> Vec<String> {
        places(t, None).into_iter().map(|p| p.0).collect()
    };
    assert_eq!(names("Mỹ là thị trường xuất khẩu lớn."), ["Hoa Kỳ"]);
    assert_eq!(names("Mỹ và Nhật Bản ký thỏa thuận."), ["Hoa Kỳ", "Nhật Bản"]);
    // "Mỹ phẩm" is cosmetics; "Mỹ Linh" a singer.
    assert!(names("Mỹ phẩm giả bị thu giữ.").is_empty());
    assert!(names("Mỹ Linh là ca sĩ.").is_empty());
    assert_eq!(names("Tại TP. HCM, giá xăng tăng."), ["Hồ Chí Minh"]);
    assert_eq!(names("Mỹ áp thuế đối ứng với hàng nhập khẩu."), ["Hoa Kỳ"]);
    assert_eq!(names("Nga phản đối lệnh trừng phạt."), ["Nga"]);
    assert!(names("Nhật ký của tôi.").is_empty());
    // A name that is no Vietnamese syllable is no word: a headline may
    // open with it.
    assert_eq!(
        names("Campuchia và Thái Lan đạt thỏa thuận."),
        ["Campuchia", "Thái Lan"]
    );
    assert_eq!(names("Singapore dẫn đầu khu vực."), ["Singapore"]);
}

#[test]
fn military_units_and_their_numbers() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Bộ Tư lệnh Quân khu 4 tổ chức diễn tập."),
        ["Quân khu 4"]
    );
    assert_eq!(
        orgs("Đại tá Nguyễn Văn Dũng, Sư đoàn trưởng Sư đoàn 312, cho biết."),
        ["Sư đoàn 312"]
    );
    assert_eq!(
        orgs("Tư lệnh Quân chủng Phòng không - Không quân dự lễ."),
        ["Quân chủng Phòng không - Không quân"]
    );
    // A number after a word in lower case does not end the name.
    assert_eq!(
        orgs(
            "Trưởng Ban Chỉ đạo sơ kết 5 năm thực hiện Luật Hợp tác xã phát biểu."
        ),
        ["Ban Chỉ đạo sơ kết 5 năm thực hiện Luật Hợp tác xã"]
    );
}

#[test]
fn branches_for_a_region_of_several_units() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Giám đốc Kho bạc Nhà nước khu vực IV cho biết."),
        ["Kho bạc Nhà nước khu vực IV"]
    );
    assert_eq!(
        orgs("Chi cục Thuế khu vực Thanh Hóa - Như Xuân thông báo."),
        ["Chi cục Thuế khu vực Thanh Hóa - Như Xuân"]
    );
    // The region's places are places still.
    let names: Vec<String> =
        places("Chi cục Thuế khu vực Thanh Hóa - Như Xuân thông báo.", None)
            .into_iter()
            .map(|p| p.0)
            .collect();
    assert_eq!(names, ["Thanh Hóa", "Như Xuân"]);
}

#[test]
fn a_head_noun_then_words_in_lower_case_is_a_common_noun() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert!(orgs("Nhiều HTX chuyển đổi sang HTX kiểu mới.").is_empty());
    assert!(orgs("Nhà máy bia công suất 610 triệu lít được xây.").is_empty());
    // But a few words may say what a named body does.
    assert_eq!(orgs("Cty vàng Bồng Miêu nợ thuế."), ["Cty vàng Bồng Miêu"]);
    assert_eq!(
        orgs("Công ty cổ phần Mía đường Lam Sơn họp."),
        ["Công ty cổ phần Mía đường Lam Sơn"]
    );
}

#[test]
fn numbered_units_with_their_type_word_in_lower_case() {
    let names: Vec<String> =
        places("Nghi phạm trú phường 3, quận 10, TP.HCM.", None)
            .into_iter()
            .map(|p| p.0)
            .collect();
    assert_eq!(names, ["Phường 3", "Quận 10", "Hồ Chí Minh"]);
}

#[test]
fn police_departments_news_outlets_and_verbs_after_a_school() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Cơ quan CSĐT Công an tỉnh Long An đã khởi tố vụ án."),
        ["Cơ quan CSĐT Công an tỉnh Long An", "Công an tỉnh Long An"]
    );
    assert_eq!(
        orgs("Theo Báo Tuổi Trẻ, phóng viên báo Thanh Niên cũng có mặt."),
        ["Báo Tuổi Trẻ", "báo Thanh Niên"]
    );
    // "Thanh niên" alone is the youth.
    assert!(orgs("Thanh niên tình nguyện tham gia.").is_empty());
    assert_eq!(orgs("Đại học Huế tổ chức lễ khai giảng."), ["Đại học Huế"]);
}

#[test]
fn a_unit_known_at_another_level_only_after_a_type_word() {
    // Tĩnh Gia was a district until 2020; a ward took its name in 2025.
    assert_eq!(
        of_kind("UBND huyện Tĩnh Gia đã họp.", EntityType::Organization),
        ["UBND huyện Tĩnh Gia"]
    );
}

#[test]
fn a_bank_s_branch_and_its_place() {
    assert_eq!(
        of_kind(
            "Agribank chi nhánh tỉnh Thanh Hóa hỗ trợ nông dân.",
            EntityType::Organization
        ),
        ["Agribank chi nhánh tỉnh Thanh Hóa"]
    );
}

#[test]
fn health_and_weather_agencies() {
    let orgs = |t: &str| of_kind(t, EntityType::Organization);
    assert_eq!(
        orgs("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Thái Nguyên cho biết."),
        ["Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Thái Nguyên"]
    );
    assert_eq!(
        orgs("Đài Khí tượng Thủy văn khu vực Bắc Bộ cảnh báo mưa lớn."),
        ["Đài Khí tượng Thủy văn khu vực Bắc Bộ"]
    );
}
