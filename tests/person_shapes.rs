//! Persons in the shapes of particular name systems and contexts: names
//! of the peoples of the Central Highlands, a year of birth after a name,
//! and names after the name of a village.

mod common;

use serde_json::Value;

use self::common::extract;

/// (normalized name, gender) of every person entity, first mentions
/// only, in order.
fn persons(doc: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for e in doc["entities"].as_array().unwrap() {
        if e["type"] != "person" {
            continue;
        }
        let p = (
            e["normalized"].as_str().unwrap().to_string(),
            e["gender"].as_str().unwrap_or("").to_string(),
        );
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// (person, title as written) of every role fact.
fn roles(doc: &Value) -> Vec<(String, String)> {
    common::roles(doc).into_iter().map(|(p, t, _, _)| (p, t)).collect()
}

/// (name of the shape, text, expected persons (name, gender; "" for
/// none), expected roles (person, title as written) or `None` to leave
/// them unchecked)
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    Option<&'static [(&'static str, &'static str)]>,
);

fn check(cases: &[Case]) {
    let mut failed = Vec::new();
    for &(name, text, want, want_roles) in cases {
        let doc = extract(text);
        let got = persons(&doc);
        let want: Vec<(String, String)> =
            want.iter().map(|(n, g)| (n.to_string(), g.to_string())).collect();
        if got != want {
            failed.push(format!(
                "{name}: {text:?}\n  want {want:?}\n  got  {got:?}"
            ));
        }
        if let Some(want_roles) = want_roles {
            let got = roles(&doc);
            let want: Vec<(String, String)> = want_roles
                .iter()
                .map(|(p, t)| (p.to_string(), t.to_string()))
                .collect();
            if got != want {
                failed.push(format!(
                    "{name} (roles): {text:?}\n  want {want:?}\n  got  {got:?}"
                ));
            }
        }
    }
    assert!(failed.is_empty(), "\n{}", failed.join("\n"));
}

const HIGHLANDS: &[Case] = &[
    (
        "Y, given name, clan, after a form of address",
        "Hôm qua, ông Y Khut Niê đã trao quà cho bà con.",
        &[("Y Khut Niê", "male")],
        None,
    ),
    (
        "Y with a clan name, by its shape alone",
        "Y Bhơn Mlô cho biết gia đình đã trồng 2 ha cà phê.",
        &[("Y Bhơn Mlô", "male")],
        None,
    ),
    (
        "Y with two given names and a clan of two words after a title",
        "Phó Chủ tịch UBND tỉnh Y Sơn Hà Niê Kđăm chủ trì cuộc họp.",
        &[("Y Sơn Hà Niê Kđăm", "male")],
        Some(&[("Y Sơn Hà Niê Kđăm", "Phó Chủ tịch UBND tỉnh")]),
    ),
    (
        "H' joined to the given name",
        "Chị H'Mai Êban đã vay vốn để chăn nuôi bò.",
        &[("H'Mai Êban", "female")],
        None,
    ),
    (
        "H' written with a typographic apostrophe, by its shape alone",
        "Năm nay, H’Liên Kđoh trúng tuyển đại học.",
        &[("H'Liên Kđoh", "female")],
        None,
    ),
    (
        "H' with a title after the name",
        "Bà H'Nga Byă, Phó Chủ tịch HĐND huyện, phát biểu.",
        &[("H'Nga Byă", "female")],
        Some(&[("H'Nga Byă", "Phó Chủ tịch HĐND huyện")]),
    ),
    (
        "a later mention by the prefix and the given name alone",
        "Ông Y Khut Niê, Bí thư Huyện ủy, dự lễ. Phát biểu tại buổi lễ, ông \
         Y Khut cảm ơn bà con. Bà H'Nga Byă cũng đến; bà H'Nga tặng quà.",
        &[("Y Khut Niê", "male"), ("H'Nga Byă", "female")],
        None,
    ),
    (
        "K' joined to a Cơ Ho man's name, straight or typographic",
        "Ông K'Mák, Chủ tịch UBND xã, cho biết. Theo anh K’Bình, người dân \
         đã trồng cà phê; chị Ka Hồng cũng vậy.",
        &[("K'Mák", "male"), ("K'Bình", "male"), ("Ka Hồng", "female")],
        Some(&[("K'Mák", "Chủ tịch UBND xã")]),
    ),
    (
        "K'Ho is a people, K'Bang a district",
        "Người K'Ho sống ở Lâm Đồng; huyện K'Bang có mưa.",
        &[],
        None,
    ),
    (
        "A opens a Ba Na or Xơ Đăng man's name after a committee's post",
        "Bí thư Tỉnh ủy A Pớt chủ trì. Bí thư Huyện ủy Đăk Glei A Sang \
         phát biểu.",
        &[("A Pớt", "male"), ("A Sang", "male")],
        Some(&[
            ("A Pớt", "Bí thư Tỉnh ủy"),
            ("A Sang", "Bí thư Huyện ủy Đăk Glei"),
        ]),
    ),
    (
        "Y with no clan name is a Xơ Đăng or Ba Na name: no gender",
        "Phó Chủ tịch UBND tỉnh Kon Tum Y Ngọc phát biểu.",
        &[("Y Ngọc", "")],
        Some(&[("Y Ngọc", "Phó Chủ tịch UBND tỉnh Kon Tum")]),
    ),
    (
        "A alone, or a commune named with A, is no name",
        "Phương án A và tuyến số 2A được chọn. Chủ tịch UBND xã A Dơi \
         cho biết.",
        &[],
        None,
    ),
    (
        "K' written with a space before the name",
        "Ông K' Bình, Bí thư Đảng ủy xã, cho biết. Người K' Ho sống ở đây.",
        &[("K' Bình", "male")],
        Some(&[("K' Bình", "Bí thư Đảng ủy xã")]),
    ),
    (
        "Gia Rai clan names first",
        "Anh Ksor Dũng và chị Siu Lan đã đến dự. Ông Rơ Mah Thuận cũng có \
         mặt.",
        &[
            ("Ksor Dũng", "male"),
            ("Siu Lan", "female"),
            ("Rơ Mah Thuận", "male"),
        ],
        None,
    ),
    (
        "Gia Rai clan name of two words, by its shape alone",
        "Rah Lan Hiếu cho biết năm nay được mùa.",
        &[("Rah Lan Hiếu", "")],
        None,
    ),
    (
        "Gia Rai clan name after a title",
        "Chủ tịch UBND huyện Nay Phong cho biết sẽ hỗ trợ bà con.",
        &[("Nay Phong", "")],
        None,
    ),
    (
        "'Nay' that opens a sentence is the word for now",
        "Nay Ban Quản lý đã hoàn thành công trình.",
        &[],
        None,
    ),
    (
        "Y after a body whose name holds the Y of medicine",
        "Giám đốc Sở Y tế Y Wang Mlô kiểm tra bệnh viện.",
        &[("Y Wang Mlô", "male")],
        Some(&[("Y Wang Mlô", "Giám đốc Sở Y tế")]),
    ),
    (
        "the letter Y of medicine",
        "Sở Y tế tỉnh và ngành Y đã chuẩn bị. Trường Đại học Y Dược nhận \
         hồ sơ. Sinh viên khoa Y Dược tham gia.",
        &[],
        None,
    ),
    (
        "H' of the name of a people",
        "Đồng bào H'Mông ở vùng cao đã thu hoạch lúa. Y Tý là xã vùng cao.",
        &[],
        None,
    ),
];

const BIRTH_YEARS: &[Case] = &[
    (
        "SN between commas",
        "Ông Lê Văn Tám, SN 1976, trú tại xã Hòa Bình, bị khởi tố.",
        &[("Lê Văn Tám", "male")],
        None,
    ),
    (
        "SN in brackets",
        "Đối tượng Trần Thị Hạnh (SN 1980) đã bị bắt giữ.",
        &[("Trần Thị Hạnh", "female")],
        None,
    ),
    (
        "sinh năm between commas",
        "Anh Phạm Quốc Bảo, sinh năm 1990, là công nhân.",
        &[("Phạm Quốc Bảo", "male")],
        None,
    ),
    (
        "SN then a post",
        "Ông Đỗ Minh Khang, SN 1972, Chủ tịch UBND xã, bị kỷ luật.",
        &[("Đỗ Minh Khang", "male")],
        Some(&[("Đỗ Minh Khang", "Chủ tịch UBND xã")]),
    ),
    (
        "SN in brackets, then a post after a comma",
        "Ông Ngô Văn Tài (SN 1975), Phó Giám đốc Sở Công Thương, dự họp.",
        &[("Ngô Văn Tài", "male")],
        Some(&[("Ngô Văn Tài", "Phó Giám đốc Sở Công Thương")]),
    ),
    (
        "SN in brackets then a former post",
        "Bị cáo Vũ Đình Lực (SN 1968, nguyên Giám đốc Sở Xây dựng) hầu tòa.",
        &[("Vũ Đình Lực", "male")],
        Some(&[("Vũ Đình Lực", "nguyên Giám đốc Sở Xây dựng")]),
    ),
];

const VILLAGES: &[Case] = &[
    (
        "post, village, name",
        "Trưởng thôn Đông Lâm Nguyễn Văn Hải cho biết đường đã xong.",
        &[("Nguyễn Văn Hải", "male")],
        Some(&[("Nguyễn Văn Hải", "Trưởng thôn Đông Lâm")]),
    ),
    (
        "a village whose name starts with a surname",
        "Trưởng thôn Tân Lập Phạm Văn Đức cho biết.",
        &[("Phạm Văn Đức", "male")],
        Some(&[("Phạm Văn Đức", "Trưởng thôn Tân Lập")]),
    ),
    (
        "post, village after the name",
        "Ông Lò Văn Sinh, Trưởng bản Na Phìn, cho biết cả bản đã có điện.",
        &[("Lò Văn Sinh", "male")],
        Some(&[("Lò Văn Sinh", "Trưởng bản Na Phìn")]),
    ),
    (
        "short mention, post, village",
        "Ông Lò Văn Sinh có mặt. Ông Sinh, Trưởng bản Pá Khoang, cho biết.",
        &[("Lò Văn Sinh", "male")],
        Some(&[("Lò Văn Sinh", "Trưởng bản Pá Khoang")]),
    ),
    (
        "Trưởng ấp and a village alone",
        "Trưởng ấp Mỹ Lợi đã báo cáo. Bà Hồ Thị Cúc - Trưởng ấp Mỹ Hòa nói.",
        &[("Hồ Thị Cúc", "female")],
        Some(&[("Hồ Thị Cúc", "Trưởng ấp Mỹ Hòa")]),
    ),
    (
        "a post before a village in lower case",
        "Bí thư chi bộ thôn Khe Cát Trần Văn Lộc phát biểu.",
        &[("Trần Văn Lộc", "male")],
        Some(&[("Trần Văn Lộc", "Bí thư chi bộ thôn Khe Cát")]),
    ),
    (
        "a full name right after the post",
        "Trưởng bản Lò Văn Hải cho biết.",
        &[("Lò Văn Hải", "male")],
        Some(&[("Lò Văn Hải", "Trưởng bản")]),
    ),
    (
        "a village of the Highlands, a name of the Highlands",
        "Già làng Y Kông Niê và Trưởng buôn Kô Dung Y Bliêng Mlô cùng dự.",
        &[("Y Kông Niê", "male"), ("Y Bliêng Mlô", "male")],
        Some(&[("Y Bliêng Mlô", "Trưởng buôn Kô Dung")]),
    ),
    (
        "a village named by its number",
        "Trưởng thôn 3 Lê Văn Bình và Trưởng xóm Bãi Nguyễn Thị Thơm dự.",
        &[("Lê Văn Bình", "male"), ("Nguyễn Thị Thơm", "female")],
        Some(&[
            ("Lê Văn Bình", "Trưởng thôn 3"),
            ("Nguyễn Thị Thơm", "Trưởng xóm Bãi"),
        ]),
    ),
    (
        "a village whose name is a surname and a given name",
        "Trưởng làng Hà Thanh Lê Văn Quý đã họp dân.",
        &[("Lê Văn Quý", "male")],
        Some(&[("Lê Văn Quý", "Trưởng làng Hà Thanh")]),
    ),
    (
        "a village alone",
        "Người dân thôn Phú Mỹ và bản Huổi Lếch đã nhận gạo.",
        &[],
        None,
    ),
];

#[test]
fn names_of_the_central_highlands() {
    check(HIGHLANDS);
}

#[test]
fn a_year_of_birth_after_a_name() {
    check(BIRTH_YEARS);
}

#[test]
fn names_after_a_village() {
    check(VILLAGES);
}

const UPLANDS_AND_ABROAD: &[Case] = &[
    (
        "a Mông surname after a province's committee ends the place",
        "Bí thư Tỉnh ủy Lai Châu Giàng Páo Mỷ phát biểu.",
        &[("Giàng Páo Mỷ", "")],
        Some(&[("Giàng Páo Mỷ", "Bí thư Tỉnh ủy Lai Châu")]),
    ),
    (
        "a Mông name with A in the middle, after a district's body",
        "Chủ tịch UBND huyện Mường Tè Vàng A Dính cho biết.",
        &[("Vàng A Dính", "")],
        Some(&[("Vàng A Dính", "Chủ tịch UBND huyện Mường Tè")]),
    ),
    (
        "A in the middle of a name whose surname is not listed",
        "Phó Chủ tịch UBND tỉnh Chá A Sử phát biểu.",
        &[("Chá A Sử", "")],
        Some(&[("Chá A Sử", "Phó Chủ tịch UBND tỉnh")]),
    ),
    (
        "a rare Kinh surname in a list after a post",
        "Các đồng chí Phó Chủ tịch UBND tỉnh: Mai Xuân Liêm, Đầu Thanh Tùng \
         dự họp.",
        &[("Mai Xuân Liêm", ""), ("Đầu Thanh Tùng", "")],
        Some(&[
            ("Mai Xuân Liêm", "Phó Chủ tịch UBND tỉnh"),
            ("Đầu Thanh Tùng", "Phó Chủ tịch UBND tỉnh"),
        ]),
    ),
    (
        "surnames that open places and common words are no names there",
        "Huyện Kim Sơn, huyện Lục Ngạn và tỉnh Ninh Bình có mưa. Vàng \
         miếng tăng giá. Bàn giao nhà cho dân.",
        &[],
        None,
    ),
    (
        "a Korean given name joined by a hyphen",
        "Ông Kim Jong-un, Chủ tịch Ủy ban Quốc vụ Triều Tiên, gửi điện. \
         Tổng thống Hàn Quốc Moon Jae-in thăm Việt Nam.",
        &[("Kim Jong-un", "male"), ("Moon Jae-in", "")],
        Some(&[
            ("Kim Jong-un", "Chủ tịch Ủy ban Quốc vụ Triều Tiên"),
            ("Moon Jae-in", "Tổng thống Hàn Quốc"),
        ]),
    ),
];

#[test]
fn names_of_the_uplands_and_from_abroad() {
    check(UPLANDS_AND_ABROAD);
}
