//! Persons and roles: every shape of name–title text news uses, the
//! names that are no persons, and one id per person.

mod common;

use serde_json::Value;

use self::common::{entities, extract, roles};

fn persons(doc: &Value) -> Vec<(String, String)> {
    entities(doc, "person")
        .into_iter()
        .map(|e| {
            (
                e["normalized"].as_str().unwrap().to_string(),
                e["person_id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// `field` of every entity of type `kind`, in order.
fn of_kind(doc: &Value, kind: &str, field: &str) -> Vec<String> {
    doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == kind)
        .map(|e| e[field].as_str().unwrap().to_string())
        .collect()
}

fn r(p: &str, t: &str) -> (String, String, bool, String) {
    (p.into(), t.into(), false, String::new())
}

/// (name of the shape, text, expected (person, title as written))
type Shape =
    (&'static str, &'static str, &'static [(&'static str, &'static str)]);

const SHAPES: &[Shape] = &[
    (
        "list after the name",
        "Đồng chí Lê Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch \
         UBND tỉnh dự hội nghị.",
        &[
            ("Lê Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy"),
            ("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"),
        ],
    ),
    (
        "title before the name",
        "Thủ tướng Phạm Minh Chính chủ trì cuộc họp.",
        &[("Phạm Minh Chính", "Thủ tướng")],
    ),
    (
        "dash",
        "Tham dự có ông Trần Quốc Bảo – Giám đốc Sở Tài chính, Bí thư Đảng ủy.",
        &[
            ("Trần Quốc Bảo", "Giám đốc Sở Tài chính"),
            ("Trần Quốc Bảo", "Bí thư Đảng ủy"),
        ],
    ),
    (
        "bracket",
        "Ông Nguyễn Hữu Thắng (Chủ tịch UBND huyện) cho biết như vậy.",
        &[("Nguyễn Hữu Thắng", "Chủ tịch UBND huyện")],
    ),
    (
        "list with và",
        "Bà Phạm Thị Lan, Phó Bí thư Tỉnh ủy và Trưởng Đoàn ĐBQH tỉnh phát biểu.",
        &[
            ("Phạm Thị Lan", "Phó Bí thư Tỉnh ủy"),
            ("Phạm Thị Lan", "Trưởng Đoàn ĐBQH tỉnh"),
        ],
    ),
    (
        "rank before, post after",
        "Thiếu tướng Đặng Văn Sơn, Giám đốc Công an tỉnh báo cáo.",
        &[
            ("Đặng Văn Sơn", "Thiếu tướng"),
            ("Đặng Văn Sơn", "Giám đốc Công an tỉnh"),
        ],
    ),
    (
        "shared list",
        "Dự có các đồng chí: Vũ Đức Minh, Phó Chủ tịch HĐND tỉnh; Hoàng Thị \
         Hoa, Trưởng Ban Tuyên giáo Tỉnh ủy.",
        &[
            ("Vũ Đức Minh", "Phó Chủ tịch HĐND tỉnh"),
            ("Hoàng Thị Hoa", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
        ],
    ),
    (
        "a title shared by a list",
        "UBND tỉnh hiện có 3 Phó Chủ tịch UBND gồm các ông: Lê Văn Nam, \
         Trần Quốc Bình và Phạm Văn Hà.",
        &[
            ("Lê Văn Nam", "Phó Chủ tịch UBND"),
            ("Trần Quốc Bình", "Phó Chủ tịch UBND"),
            ("Phạm Văn Hà", "Phó Chủ tịch UBND"),
        ],
    ),
    (
        "a shared title with posts of their own",
        "Dự có các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Văn Đường – Chủ tịch \
         UBND tỉnh; Lê Quang Huy, Nguyễn Văn Thông.",
        &[
            ("Nguyễn Văn Đường", "Phó Bí thư Tỉnh ủy"),
            ("Nguyễn Văn Đường", "Chủ tịch UBND tỉnh"),
            ("Lê Quang Huy", "Phó Bí thư Tỉnh ủy"),
            ("Nguyễn Văn Thông", "Phó Bí thư Tỉnh ủy"),
        ],
    ),
    (
        "posts in brackets",
        "Kỷ luật ông Phan Văn Đông (Phó bí thư, nguyên Chủ tịch UBND huyện).",
        &[
            ("Phan Văn Đông", "Phó bí thư"),
            ("Phan Văn Đông", "nguyên Chủ tịch UBND huyện"),
        ],
    ),
    (
        "giữ chức vụ",
        "Trước đó, ông Nguyễn Xuân Bình giữ chức vụ Chánh Văn phòng Bộ Nội vụ.",
        &[("Nguyễn Xuân Bình", "Chánh Văn phòng Bộ Nội vụ")],
    ),
    (
        "làm after the posts",
        "Đoàn do ông Trần Quang Hoài, Phó Tổng cục trưởng Tổng cục Thủy lợi \
         làm Trưởng đoàn.",
        &[
            ("Trần Quang Hoài", "Phó Tổng cục trưởng Tổng cục Thủy lợi"),
            ("Trần Quang Hoài", "Trưởng đoàn"),
        ],
    ),
    (
        "a term between the post and the name",
        "Cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa XV (nhiệm kỳ 2016 - \
         2021) đối với ông Đỗ Song Hào.",
        &[("Đỗ Song Hào", "đại biểu HĐND tỉnh")],
    ),
    (
        "title of the next name",
        "Ông Lý Văn Tài, Giám đốc Sở Y tế và Chủ tịch UBND tỉnh Ngô Quang Vinh \
         cùng dự.",
        &[
            ("Lý Văn Tài", "Giám đốc Sở Y tế"),
            ("Ngô Quang Vinh", "Chủ tịch UBND tỉnh"),
        ],
    ),
    (
        "a team leader's post, with a dash and an honorific",
        "Trưởng đoàn kiểm tra - ông Lê Văn Cường cho biết sẽ làm rõ.",
        &[("Lê Văn Cường", "Trưởng đoàn kiểm tra")],
    ),
    (
        "a committee named by its level, and its district",
        "Bí thư Huyện ủy Mường Lát, ông Nguyễn Văn Cường, đã kiểm tra.",
        &[("Nguyễn Văn Cường", "Bí thư Huyện ủy Mường Lát")],
    ),
    (
        "a committee and a unit the dictionaries do not know",
        "Đồng chí Nguyễn Văn Cường - Bí thư Huyện ủy Tĩnh Gia đã kiểm tra.",
        &[("Nguyễn Văn Cường", "Bí thư Huyện ủy")],
    ),
    (
        "court news: a year of birth or an age before the post",
        "Bị cáo Lê Văn Bình (45 tuổi, Phó Chủ tịch UBND xã) bị bắt. Chủ tọa \
         phiên tòa, Thẩm phán Lê Thị Lan, tuyên án.",
        &[
            ("Lê Văn Bình", "Phó Chủ tịch UBND xã"),
            ("Lê Thị Lan", "Chủ tọa phiên tòa"),
            ("Lê Thị Lan", "Thẩm phán"),
        ],
    ),
    (
        "a name that starts with a unit's name",
        "Phường Trần Phú (TP Hà Tĩnh) vừa khánh thành trụ sở. Giám đốc Công \
         an tỉnh Hà Tĩnh, Đại tá Trần Phú Hà, chủ trì.",
        &[
            ("Trần Phú Hà", "Giám đốc Công an tỉnh Hà Tĩnh"),
            ("Trần Phú Hà", "Đại tá"),
        ],
    ),
    (
        "a post of a unit named by its type word alone",
        "Chủ tịch huyện Trần Quốc Việt và Chánh Thanh tra tỉnh Đoàn Minh \
         Hải cùng đi kiểm tra. Vị chủ tịch xã trả lời.",
        &[
            ("Trần Quốc Việt", "Chủ tịch huyện"),
            ("Đoàn Minh Hải", "Chánh Thanh tra tỉnh"),
        ],
    ),
    (
        "a city whose name holds its type word",
        "Chủ tịch TP.HCM Lê Văn Khoa phát biểu.",
        &[("Lê Văn Khoa", "Chủ tịch TP.HCM")],
    ),
    (
        "a commune the dictionaries do not know, then a name",
        "Phó Chủ tịch xã Đồng Lư Nguyễn Thị Hạnh cho hay. Ông Lê Minh \
         Tâm, Chủ tịch UBND phường Vĩnh Mậu (đã sáp nhập), đồng ý. Chủ \
         tịch UBND huyện Mậu Vĩnh Đức Trần Văn Tú dự.",
        &[
            ("Nguyễn Thị Hạnh", "Phó Chủ tịch xã Đồng Lư"),
            ("Lê Minh Tâm", "Chủ tịch UBND phường Vĩnh Mậu"),
            ("Trần Văn Tú", "Chủ tịch UBND huyện Mậu Vĩnh Đức"),
        ],
    ),
    (
        "a board or a party committee of a company",
        "Ông Đỗ Văn Quý, Chủ tịch HĐQT Ngân hàng Bắc Á, cho biết. Bí thư \
         Đảng ủy Công ty Than Mạo Khê Lê Minh Hải dự.",
        &[
            ("Đỗ Văn Quý", "Chủ tịch HĐQT Ngân hàng Bắc Á"),
            ("Lê Minh Hải", "Bí thư Đảng ủy Công ty Than Mạo Khê"),
        ],
    ),
    (
        "foreign leaders and envoys, after their country",
        "Tổng thống Pháp Emmanuel Macron và Thủ tướng Malaysia Anwar \
         Ibrahim hội đàm; Đại sứ Việt Nam tại Hàn Quốc Nguyễn Vũ Tùng dự. \
         Thủ tướng Jacinda Ardern phát biểu.",
        &[
            ("Emmanuel Macron", "Tổng thống Pháp"),
            ("Anwar Ibrahim", "Thủ tướng Malaysia"),
            ("Nguyễn Vũ Tùng", "Đại sứ Việt Nam tại Hàn Quốc"),
            ("Jacinda Ardern", "Thủ tướng"),
        ],
    ),
    (
        "a brand after a post, then a Vietnamese name",
        "Chủ tịch Vinamilk Lê Thị Băng Tâm phát biểu.",
        &[("Lê Thị Băng Tâm", "Chủ tịch Vinamilk")],
    ),
    (
        "a photo caption's note on where the person stands",
        "Ông Lê Văn Sơn (bìa trái), Chủ tịch UBND huyện, và bà Phan Thị \
         Nga (thứ hai từ phải sang), Giám đốc Sở Tài chính, trao quà.",
        &[
            ("Lê Văn Sơn", "Chủ tịch UBND huyện"),
            ("Phan Thị Nga", "Giám đốc Sở Tài chính"),
        ],
    ),
    (
        "court and police news: a suspect, a defendant",
        "Đối tượng Trần Văn Bình và bị cáo Lê Thị Hồng (Phó Giám đốc Sở \
         Y tế) bị bắt.",
        &[("Lê Thị Hồng", "Phó Giám đốc Sở Y tế")],
    ),
    (
        "a province written by its initials",
        "Ông Trần Văn Nam, Phó Bí thư Tỉnh ủy tỉnh BR-VT, dự lễ.",
        &[("Trần Văn Nam", "Phó Bí thư Tỉnh ủy tỉnh BR-VT")],
    ),
    (
        "a parent body in brackets between the post and the name",
        "Cục trưởng Cục Thuế (Bộ Tài chính) Lê Quang Vinh và Giám đốc Sở \
         Nội vụ (UBND tỉnh Nghệ An) Trần Thị Hoa cùng dự.",
        &[
            ("Lê Quang Vinh", "Cục trưởng Cục Thuế"),
            ("Trần Thị Hoa", "Giám đốc Sở Nội vụ"),
        ],
    ),
    (
        "a post holding the head noun of a body the dictionaries do not know",
        "Bà Lê Thị Thu, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh, chủ \
         trì. Phó Trưởng Phòng Giáo dục thường xuyên Trần Văn Hải dự.",
        &[
            ("Lê Thị Thu", "Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh"),
            ("Trần Văn Hải", "Phó Trưởng Phòng Giáo dục thường xuyên"),
        ],
    ),
    (
        "a body whose name holds a noun that starts like a verb",
        "Ông Lê Văn Quý, Giám đốc Ban Quản lý dự án Giao thông tỉnh, dự \
         họp.",
        &[("Lê Văn Quý", "Giám đốc Ban Quản lý dự án Giao thông tỉnh")],
    ),
    (
        "a name right after the type word",
        "Chủ tịch UBND xã Nguyễn Văn Long và Bí thư xã Phạm Thị Hoa có mặt.",
        &[
            ("Nguyễn Văn Long", "Chủ tịch UBND xã"),
            ("Phạm Thị Hoa", "Bí thư xã"),
        ],
    ),
];

#[test]
fn role_shapes() {
    for &(name, text, want) in SHAPES {
        let doc = extract(text);
        let got: Vec<_> =
            roles(&doc).into_iter().map(|(p, t, _, _)| r(&p, &t)).collect();
        let want: Vec<_> = want.iter().map(|(p, t)| r(p, t)).collect();
        for w in &want {
            assert!(
                got.contains(w),
                "{name}: {text:?}\nwant {w:?}\ngot {got:?}"
            );
        }
        assert_eq!(got.len(), want.len(), "{name}: {text:?}\ngot {got:?}");
    }
}

#[test]
fn former_posts_and_events() {
    let doc = extract(
        "Ông Trần Văn Bình, nguyên Chủ tịch UBND tỉnh, qua đời. Tại kỳ họp, \
         ông Lê Quang Huy được bầu giữ chức Chủ tịch HĐND tỉnh.",
    );
    let got = roles(&doc);
    assert!(
        got.contains(&(
            "Trần Văn Bình".into(),
            "nguyên Chủ tịch UBND tỉnh".into(),
            true,
            String::new()
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "Lê Quang Huy".into(),
            "Chủ tịch HĐND tỉnh".into(),
            false,
            "elected".into()
        )),
        "{got:?}"
    );
}

#[test]
fn a_post_trusted_again_by_a_vote() {
    for text in [
        "Đồng chí Hoàng Văn Thịnh tiếp tục được tín nhiệm bầu giữ chức Bí \
         thư Đảng ủy xã nhiệm kỳ 2025 - 2030.",
        "Đồng chí Hoàng Văn Thịnh được tín nhiệm giữ chức Bí thư Đảng ủy xã.",
    ] {
        let got = roles(&extract(text));
        let want = (
            "Hoàng Văn Thịnh".to_string(),
            "Bí thư Đảng ủy xã".to_string(),
            false,
            "elected".to_string(),
        );
        assert_eq!(got, [want], "{text}");
    }
}

#[test]
fn posts_once_held() {
    let doc = extract(
        "Ông Phạm Văn Quý từng có nhiều năm làm Phó Giám đốc Sở Y tế kiêm \
         Giám đốc Bệnh viện Đa khoa tỉnh. Bà Lê Thị Hoa nguyên là Chủ tịch \
         UBND huyện. Ông Trần Văn Nam từng nói Giám đốc Sở Y tế đúng. Ông \
         Đỗ Văn Long thôi giữ chức Giám đốc Sở Xây dựng. Bị cáo Nguyễn Văn \
         Tâm (SN 1980, nguyên Giám đốc Sở Công Thương) bị tuyên phạt.",
    );
    let former = |p: &str, t: &str| (p.into(), t.into(), true, String::new());
    assert_eq!(
        roles(&doc),
        [
            former("Phạm Văn Quý", "Phó Giám đốc Sở Y tế"),
            former("Phạm Văn Quý", "Giám đốc Bệnh viện Đa khoa tỉnh"),
            former("Lê Thị Hoa", "Chủ tịch UBND huyện"),
            former("Đỗ Văn Long", "Giám đốc Sở Xây dựng"),
            former("Nguyễn Văn Tâm", "nguyên Giám đốc Sở Công Thương"),
        ]
    );
}

#[test]
fn one_id_per_person() {
    let doc = extract(
        "Đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy phát biểu. Đồng chí Hưng \
         nhấn mạnh yêu cầu. Bà Nguyễn Thị Mai cũng dự.",
    );
    let got = persons(&doc);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], got[1], "the given name is the same person");
    assert_eq!(got[0].0, "Đỗ Trọng Hưng");
    assert_ne!(got[2].1, got[0].1);
    let gender: Vec<&str> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "person")
        .map(|e| e["gender"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(gender[2], "female");
    // A later mention with one middle syllable misspelt is the same
    // person, under the name first written.
    let doc = extract(
        "Bà Trần Thu Mai, Giám đốc Sở Y tế, phát biểu. Theo bà Trần Thị \
         Mai, ngành sẽ cố gắng. Ông Trần Văn Mai và ông Trần Văn Hải dự.",
    );
    let got = persons(&doc);
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[0], got[1], "{got:?}");
    assert_ne!(got[2].1, got[0].1, "{got:?}");
    assert_ne!(got[3].1, got[2].1, "{got:?}");
}

#[test]
fn names_that_are_no_persons() {
    for text in [
        "Cửa hàng trên đường Lê Lợi đã đóng cửa.",
        "Sáng nay, TP. Hồ Chí Minh mưa lớn.",
        "Hội nghị tổng kết năm. Kế hoạch năm sau đã được thông qua.",
        "Trường THPT Lê Quý Đôn khai giảng.",
        "NGUYỄN VĂN A ĐƯỢC KHEN THƯỞNG",
        "Công ty Hoàng Long đạt doanh thu cao.",
        "Tàu nhà hàng trên Hồ Tây phải di dời.",
        "Tuyến cao tốc từ Đồng Đăng (Lạng Sơn) đến Trà Lĩnh.",
        "Thí điểm tại trường PTTH Chu Văn An.",
        // Things named after a person, known to the dictionary or not.
        "Bảo tàng Hồ Chí Minh đón khách.",
        "Giải thưởng Tạ Quang Bửu được trao cho 3 nhà khoa học.",
        "Khu đô thị Phạm Văn Đồng có nhiều dự án.",
        "Quỹ học bổng Vừ A Dính trao 100 suất học bổng.",
        // A field of study or a body after a title; "Ông" in a place's
        // name.
        "Ông có trình độ Tiến sĩ Kinh tế.",
        "Ông có bằng tiến sĩ Luật.",
        "Ngày 16/8, Bộ Tư lệnh Vùng Cảnh sát biển 3 cho biết.",
        "Người dân sống ven rạch Ông Kèo bị ảnh hưởng.",
        // A text of one line has no closing byline; a place closing an
        // article is a dateline, not its author.
        "Hà Nội",
        "Các tỉnh phía Bắc có mưa.\nHà Nội",
    ] {
        let got = persons(&extract(text));
        assert!(got.is_empty(), "{text:?}: {got:?}");
    }
}

#[test]
fn bylines_and_persons_of_the_dictionary() {
    let doc =
        extract("Chủ tịch Hồ Chí Minh đã dạy như vậy.\n\nTin, ảnh: Hồ Thuỷ");
    let names: Vec<String> = persons(&doc).into_iter().map(|p| p.0).collect();
    assert_eq!(names, ["Hồ Chí Minh", "Hồ Thủy"]);
    // A closing name that a district also bears is still the author when
    // nothing makes it a place.
    let doc = extract("Mưa lớn kéo dài ba ngày.\nThanh Hà");
    let names: Vec<String> = persons(&doc).into_iter().map(|p| p.0).collect();
    assert_eq!(names, ["Thanh Hà"]);
    // So is a commune's name that the places of the article would have
    // made a place: a dateline names a province, a district or a country.
    let doc = extract("Đoàn công tác đến huyện Ba Vì, Hà Nội.\n\nMinh Châu");
    let names: Vec<String> = persons(&doc).into_iter().map(|p| p.0).collect();
    assert_eq!(names, ["Minh Châu"]);
    // A note on the sources after the author's name.
    let doc = extract("Mưa lớn kéo dài ba ngày.\nThanh Hà (tổng hợp)");
    let names: Vec<String> = persons(&doc).into_iter().map(|p| p.0).collect();
    assert_eq!(names, ["Thanh Hà"]);
}

#[test]
fn a_later_family_name_of_east_asia_is_the_same_person() {
    // A Vietnamese name again by its first word is someone else.
    let doc = extract(
        "Ông Kim Jung-ho phát biểu. Ông Kim đề nghị hỗ trợ. Theo ông Tanaka \
         Hiroshi, ông Tanaka đồng ý. Ông Nguyễn Văn Kim và ông Nguyễn cùng dự.",
    );
    let got = persons(&doc);
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names[..5],
        [
            "Kim Jung-ho",
            "Kim Jung-ho",
            "Tanaka Hiroshi",
            "Tanaka Hiroshi",
            "Nguyễn Văn Kim"
        ],
        "{got:?}"
    );
    assert_eq!(got[0].1, got[1].1, "{got:?}");
    assert_eq!(got[2].1, got[3].1, "{got:?}");
    assert!(got[5..].iter().all(|(_, p)| *p != got[4].1), "{got:?}");
}

#[test]
fn a_later_middle_and_given_name_is_the_same_person() {
    // "Doãn" is a surname too: the later name still ends the first.
    let doc = extract(
        "Đồng chí Nguyễn Doãn Anh, Bí thư Tỉnh ủy, dự họp. Đồng chí Doãn Anh \
         lưu ý công tác cán bộ. Ông Doãn Văn Hùng cũng dự.",
    );
    let got = persons(&doc);
    let want = [
        ("Nguyễn Doãn Anh", "P1"),
        ("Nguyễn Doãn Anh", "P1"),
        ("Doãn Văn Hùng", "P2"),
    ];
    let want: Vec<(String, String)> =
        want.iter().map(|(n, p)| (n.to_string(), p.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn a_later_title_alone_is_the_same_person() {
    let doc = extract(
        "Đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy phát biểu. Sau đó, Bí thư \
         Tỉnh ủy nhấn mạnh ba yêu cầu.",
    );
    let mentions: Vec<(String, String)> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "person")
        .map(|e| {
            (
                e["text"].as_str().unwrap().to_string(),
                e["person_id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        mentions,
        [
            ("Đỗ Trọng Hưng".to_string(), "P1".to_string()),
            ("Bí thư Tỉnh ủy".to_string(), "P1".to_string())
        ]
    );
}

/// A post of a unit named by its type word alone belongs to the unit of
/// that level the document is about; a unit the dictionaries do not
/// know keeps its name as written in the body's canonical name.
#[test]
fn units_named_by_their_type_word() {
    let doc = extract(
        "Hà Nội đón khách. Chủ tịch TP Trần Văn Tú cho biết, xã Vĩnh Mậu \
         đã sáp nhập. Phó Chủ tịch UBND xã Vĩnh Mậu Lê Thị Hoa dự.",
    );
    let facts = doc["facts"].as_array().unwrap();
    let role = |p: &str| {
        facts
            .iter()
            .find(|f| f["type"] == "role" && f["person"] == p)
            .unwrap_or_else(|| panic!("no role of {p}: {facts:?}"))
    };
    let tu = role("Trần Văn Tú");
    assert_eq!(tu["title_text"], "Chủ tịch TP");
    assert_eq!(tu["place"], "Hà Nội");
    let hoa = role("Lê Thị Hoa");
    assert_eq!(hoa["title_text"], "Phó Chủ tịch UBND xã Vĩnh Mậu");
    assert_eq!(hoa["organization"], "Ủy ban nhân dân xã Vĩnh Mậu");
    let titles = of_kind(&doc, "title", "normalized");
    assert!(
        titles.iter().any(|t| t == "Chủ tịch thành phố Hà Nội"),
        "{titles:?}"
    );
}

/// A body named after a board or a party committee is an organization
/// of its own too.
#[test]
fn a_company_inside_its_board_is_an_organization() {
    let doc =
        extract("Chủ tịch Hội đồng quản trị Tập đoàn Sao Vàng Lê Văn Tư dự.");
    let orgs = of_kind(&doc, "organization", "text");
    for want in ["Hội đồng quản trị Tập đoàn Sao Vàng", "Tập đoàn Sao Vàng"]
    {
        assert!(orgs.iter().any(|o| o == want), "{orgs:?}");
    }
}

/// A mission is named with the country it represents and the one it is
/// in; the countries are places.
#[test]
fn missions_and_their_countries() {
    let doc = extract("Đại sứ quán Việt Nam tại Nhật Bản tổ chức lễ.");
    assert_eq!(
        of_kind(&doc, "organization", "normalized"),
        ["Đại sứ quán Việt Nam tại Nhật Bản"]
    );
    assert_eq!(of_kind(&doc, "place", "normalized"), ["Việt Nam", "Nhật Bản"]);
}

/// A word that ends like a statue's or a street's cue but is another
/// noun ("đối tượng", "hiện tượng") does not hide the name after it.
#[test]
fn names_after_nouns_that_end_like_cues() {
    for (text, name) in [
        ("Đối tượng Trần Văn Bình bị bắt.", "Trần Văn Bình"),
        ("Công an cho biết đối tượng Lò Văn Páo đã bỏ trốn.", "Lò Văn Páo"),
        // Hmong names with their middle name "A", without a cue.
        ("Cầm đầu là Sùng A Páo (SN 1985).", "Sùng A Páo"),
        ("Giàng Seo Phử cho biết.", "Giàng Seo Phử"),
        // "nông thôn" is the countryside, no hamlet ("thôn").
        (
            "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn Nguyễn Thị \
             Kim Yến cho biết.",
            "Nguyễn Thị Kim Yến",
        ),
        (
            "Bộ trưởng Nông nghiệp và Phát triển nông thôn Lê Minh Hoan \
             chỉ đạo.",
            "Lê Minh Hoan",
        ),
    ] {
        let got: Vec<String> =
            persons(&extract(text)).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, [name], "{text:?}");
    }
    // "A" is a middle name only before another name.
    assert!(persons(&extract("Hà A cho biết.")).is_empty());
    // A statue is still no person.
    assert!(
        persons(&extract("Lễ dâng hoa tại tượng Trần Hưng Đạo.")).is_empty()
    );
}

/// The initials news writes for a province with a two-part name are the
/// province, where no other unit has them.
#[test]
fn provinces_by_their_initials() {
    let doc = extract("Đoàn từ TT-Huế vào BRVT, rồi về lại BR-VT.");
    assert_eq!(
        of_kind(&doc, "place", "normalized"),
        ["Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"]
    );
}

/// After a company's legal form ("TNHH", "CP", "cổ phần") the capitalized
/// words are the company's name, even where they start like a person's;
/// "&" and a hyphen join parts of the name, and a small word ("đoàn" of
/// "Tập đoàn") starts no name.
#[test]
fn companies_by_their_legal_form() {
    let doc = extract(
        "Hôm qua, Công ty TNHH Phạm Tôn Hưng ký hợp đồng với Công ty cổ \
         phần Lý Minh Thành. Công ty Tập đoàn Đông Á và Công ty CP Green \
         Tech & Art Việt Nam-Hải Phòng cũng ký. Giám đốc Công ty TNHH Lê Gia \
         Trần Văn Hải phát biểu.",
    );
    let orgs = of_kind(&doc, "organization", "text");
    for want in [
        "Công ty TNHH Phạm Tôn Hưng",
        "Công ty cổ phần Lý Minh Thành",
        "Công ty Tập đoàn Đông Á",
        "Công ty CP Green Tech & Art Việt Nam-Hải Phòng",
        "Công ty TNHH Lê Gia",
    ] {
        assert!(orgs.iter().any(|o| o == want), "{want}: {orgs:?}");
    }
    let names: Vec<String> =
        persons(&doc).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["Trần Văn Hải"]);
    assert_eq!(
        roles(&doc),
        [r("Trần Văn Hải", "Giám đốc Công ty TNHH Lê Gia")]
    );
}

/// A byline after its label at the end of an article, and a byline glued
/// to the last sentence of a text that ends without a stop.
#[test]
fn bylines_after_a_label_or_glued_to_the_end() {
    for (text, want) in [
        ("Hội nghị đã bế mạc. Bài và ảnh: Trường Khôi\n", "Trường Khôi"),
        (
            "Đoàn đã làm việc với huyện. Tỉnh sẽ kiểm tra và xử lý nghiêm \
             các sai phạm đã nêu Minh Khôi",
            "Minh Khôi",
        ),
    ] {
        let got: Vec<String> =
            persons(&extract(text)).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, [want], "{text:?}");
    }
    // A photo credit on a line of its own after the byline.
    let got: Vec<String> = persons(&extract(
        "Lễ hội diễn ra an toàn.\n\nThu Hằng\n\nẢnh: Trung Kiên/TTXVN\n",
    ))
    .into_iter()
    .map(|(n, _)| n)
    .collect();
    assert_eq!(got, ["Thu Hằng", "Trung Kiên"]);
    // An outlet after "Theo" is no person.
    let got =
        persons(&extract("Lễ hội diễn ra an toàn.\n\nTheo Báo Nhân Dân\n"));
    assert!(got.is_empty(), "{got:?}");
    // A last sentence that starts like a credit is no credit.
    let got = persons(&extract(
        "Lễ hội diễn ra an toàn.\nẢnh hưởng của mưa lớn là không đáng kể.\n",
    ));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_text_typed_without_diacritics_has_its_forms_of_address() {
    let doc = extract(
        "Ong Nguyen Van Hai, Chu tich UBND tinh, cho biet. Ba Tran Thi Lan \
         va anh Le Van Nam cung du. Ba Vi va Ba Dinh la hai huyen, quan.",
    );
    let got: Vec<(String, String)> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "person")
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or("").to_string();
            (s("text"), s("gender"))
        })
        .collect();
    let want = [
        ("Nguyen Van Hai", "male"),
        ("Tran Thi Lan", "female"),
        ("Le Van Nam", "male"),
    ];
    let want: Vec<(String, String)> =
        want.iter().map(|(n, g)| (n.to_string(), g.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn a_place_inside_a_name_is_part_of_it() {
    let doc = extract("Mưa lớn kéo dài ở Anh và Pháp.\n\nHà Anh");
    let got: Vec<(String, String)> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "place" || e["type"] == "person")
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or("").to_string();
            (s("type"), s("text"))
        })
        .collect();
    let want = [("place", "Anh"), ("place", "Pháp"), ("person", "Hà Anh")];
    let want: Vec<(String, String)> =
        want.iter().map(|(k, t)| (k.to_string(), t.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn players_and_coaches() {
    let doc = extract(
        "Các bàn thắng được ghi bởi Tiến Linh, Quang Hải và Nguyễn Văn Toàn. \
         HLV Philippe Troussier hài lòng; trọng tài Ryuji Sato cũng vậy. \
         Tuấn Anh và Hoàng Đức chưa ra sân.",
    );
    let mut names: Vec<String> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "person")
        .map(|e| e["text"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    // Given names alone count only in a list with a name, or after a cue.
    assert_eq!(
        names,
        [
            "Nguyễn Văn Toàn",
            "Philippe Troussier",
            "Quang Hải",
            "Ryuji Sato",
            "Tiến Linh"
        ]
    );
}

#[test]
fn the_posts_of_players() {
    let got = roles(&extract(
        "Tiền đạo Nguyễn Tiến Linh và thủ môn Đặng Văn Lâm được gọi. VĐV \
         Nguyễn Thị Oanh giành HCV. Các cầu thủ đã thi đấu tốt.",
    ));
    let row = |p: &str, t: &str| -> (String, String, bool, String) {
        (p.into(), t.into(), false, String::new())
    };
    assert_eq!(
        got,
        [
            row("Nguyễn Tiến Linh", "Tiền đạo"),
            row("Đặng Văn Lâm", "thủ môn"),
            row("Nguyễn Thị Oanh", "VĐV"),
        ]
    );
}

#[test]
fn artists_and_the_people_of_the_news_by_their_cue() {
    let doc = extract(
        "Ca sĩ Mỹ Linh hát trước khán giả Hà Nội. Diễn viên Thu Quỳnh và \
         hoa hậu Thùy Tiên dự buổi ra mắt. Bà Nga cho biết gia đình còn khó \
         khăn. Nghệ nhân Ưu tú Nguyễn Văn Quý dạy hát. Đại biểu Mẹ Việt Nam \
         Anh hùng dự lễ. Chị Hà Giang cho biết.",
    );
    let names = of_kind(&doc, "person", "text");
    // A place's name after a form of address is a name, but for a
    // country's of two words ("Mẹ Việt Nam Anh hùng").
    assert_eq!(
        names,
        [
            "Mỹ Linh",
            "Thu Quỳnh",
            "Thùy Tiên",
            "Nga",
            "Nguyễn Văn Quý",
            "Hà Giang"
        ]
    );
    assert_eq!(of_kind(&doc, "title", "normalized"), ["NNƯT", "Đại biểu"]);
}

#[test]
fn a_person_of_the_dictionary_has_its_gender() {
    // "Lưu" is listed as a woman's middle name; the dictionary knows
    // this person is a man.
    let doc = extract("Ông Trần Lưu Quang phát biểu. Tổng Bí thư Tô Lâm dự.");
    assert_eq!(of_kind(&doc, "person", "gender"), ["male", "male"]);
}

#[test]
fn two_words_after_one_of_the_commonest_surnames_are_a_name() {
    let doc = extract(
        "Thơ của Nguyễn Du rất hay. Lê Lợi lên ngôi năm 1428. Đoàn Công tác \
         của tỉnh đến thăm.",
    );
    // "Đoàn" is also a word: "Đoàn Công tác" is the delegation.
    assert_eq!(of_kind(&doc, "person", "text"), ["Nguyễn Du", "Lê Lợi"]);
}

#[test]
fn clergy_and_a_saint_s_name_before_the_name() {
    let doc = extract(
        "Giám mục Giuse Nguyễn Năng đến thăm giáo xứ. Linh mục Phêrô Trần \
         Văn Hòa chia sẻ.",
    );
    assert_eq!(
        of_kind(&doc, "person", "text"),
        ["Nguyễn Năng", "Trần Văn Hòa"]
    );
    assert_eq!(of_kind(&doc, "person", "gender"), ["male", "male"]);
}

#[test]
fn streets_after_a_house_number_or_a_road_word_are_no_persons() {
    let doc = extract(
        "Cửa hàng ở số 25 Lý Thường Kiệt bị cháy. Tuyến Lê Văn Lương thường \
         xuyên ùn tắc. Siêu thị Nguyễn Kim giảm giá. Năm 2023 Nguyễn Văn An \
         trúng cử.",
    );
    // A year before a name is no house number.
    assert_eq!(of_kind(&doc, "person", "text"), ["Nguyễn Văn An"]);
}

#[test]
fn a_name_after_a_cue_that_opens_with_a_middle_name() {
    let doc = extract(
        "Bài hát của nhạc sĩ Văn Cao rất hay. Tỷ phú Elon Musk công bố kế \
         hoạch.",
    );
    assert_eq!(of_kind(&doc, "person", "text"), ["Văn Cao", "Elon Musk"]);
}

#[test]
fn kings_and_couples() {
    let doc = extract(
        "Vua Quang Trung đại phá quân Thanh. Bà con chúc mừng ông bà Trần Thu \
         Hà.",
    );
    assert_eq!(
        of_kind(&doc, "person", "text"),
        ["Quang Trung", "Trần Thu Hà"]
    );
    // "ông bà" is a couple: the name alone says no gender here.
    let genders: Vec<Option<&str>> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "person")
        .map(|e| e["gender"].as_str())
        .collect();
    assert_eq!(genders, [Some("male"), None]);
}
