//! Roles that news states as a change of post: elections, appointments,
//! transfers and retirements, for one name or a list of names.
//!
//! Every sentence here is written for the test; none is taken from an
//! article.

mod common;

use serde_json::Value;

use self::common::{extract, roles};

/// (person, title_text, former, event) of a role fact.
type Row = (String, String, bool, String);

/// A table of sentences and every role each states: (person,
/// title_text, event); none is a former post.
type Table = &'static [(
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
)];

fn check(table: Table) {
    for &(name, text, want) in table {
        let got = roles(&extract(text));
        let want: Vec<Row> = want
            .iter()
            .map(|&(p, t, e)| (p.into(), t.into(), false, e.into()))
            .collect();
        for w in &want {
            assert!(
                got.contains(w),
                "{name}: {text:?}\nwant {w:?}\ngot {got:?}"
            );
        }
        assert_eq!(got.len(), want.len(), "{name}: {text:?}\ngot {got:?}");
    }
}

const LISTS: Table = &[
    (
        "three names elected to one post",
        "Tại kỳ họp, HĐND tỉnh đã bầu ông Nguyễn Văn An, bà Trần Thị Bình \
         và ông Lê Văn Cường giữ chức Phó Chủ tịch UBND tỉnh.",
        &[
            ("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "elected"),
            ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh", "elected"),
            ("Lê Văn Cường", "Phó Chủ tịch UBND tỉnh", "elected"),
        ],
    ),
    (
        "two names appointed, joined by và",
        "Chủ tịch UBND tỉnh vừa bổ nhiệm ông Đào Minh Khoa và ông Vũ Đức \
         Lâm giữ chức Phó Giám đốc Sở Y tế.",
        &[
            ("Đào Minh Khoa", "Phó Giám đốc Sở Y tế", "appointed"),
            ("Vũ Đức Lâm", "Phó Giám đốc Sở Y tế", "appointed"),
        ],
    ),
    (
        "two names appointed, joined by a comma, with làm",
        "UBND tỉnh quyết định bổ nhiệm ông Đào Minh Khoa, bà Vũ Thị Lan \
         làm Phó Giám đốc Sở Nội vụ.",
        &[
            ("Đào Minh Khoa", "Phó Giám đốc Sở Nội vụ", "appointed"),
            ("Vũ Thị Lan", "Phó Giám đốc Sở Nội vụ", "appointed"),
        ],
    ),
    (
        "a list before the passive verb",
        "Ông Đào Minh Khoa và bà Vũ Thị Lan được bầu giữ chức Ủy viên UBND \
         huyện.",
        &[
            ("Đào Minh Khoa", "Ủy viên UBND huyện", "elected"),
            ("Vũ Thị Lan", "Ủy viên UBND huyện", "elected"),
        ],
    ),
    (
        "the verb before the name decides the event of giữ chức",
        "HĐND huyện bầu ông Hà Quang Minh giữ chức Chủ tịch UBND huyện.",
        &[("Hà Quang Minh", "Chủ tịch UBND huyện", "elected")],
    ),
    (
        "a proposal is no event",
        "Thường trực HĐND đề nghị bầu ông Hà Quang Minh giữ chức Chủ tịch \
         UBND huyện.",
        &[("Hà Quang Minh", "Chủ tịch UBND huyện", "")],
    ),
    (
        "names that only meet in a list share no post",
        "Ông Đào Minh Khoa và ông Vũ Đức Lâm cùng dự họp; ông Vũ Đức Lâm \
         giữ chức Phó Giám đốc Sở Y tế.",
        &[("Vũ Đức Lâm", "Phó Giám đốc Sở Y tế", "appointed")],
    ),
    (
        "a new post after the one held",
        "UBND tỉnh bổ nhiệm ông Hoàng Văn Giang, Phó Giám đốc Sở Y tế, giữ \
         chức Giám đốc Sở Y tế.",
        &[
            ("Hoàng Văn Giang", "Phó Giám đốc Sở Y tế", ""),
            ("Hoàng Văn Giang", "Giám đốc Sở Y tế", "appointed"),
        ],
    ),
    (
        "items of name and posts, the new post given after the last",
        "Các đồng chí: Nguyễn Thị Thu Trang, Chủ tịch UBND xã; Lý Văn Páo, \
         Chủ tịch HĐND xã được bầu giữ chức Phó Bí thư Đảng ủy xã.",
        &[
            ("Nguyễn Thị Thu Trang", "Chủ tịch UBND xã", ""),
            ("Nguyễn Thị Thu Trang", "Phó Bí thư Đảng ủy xã", "elected"),
            ("Lý Văn Páo", "Chủ tịch HĐND xã", ""),
            ("Lý Văn Páo", "Phó Bí thư Đảng ủy xã", "elected"),
        ],
    ),
    (
        "items each given a post of its own",
        "UBND tỉnh điều động các ông: Vũ Mạnh Cường, Phó Chánh Thanh tra \
         tỉnh, giữ chức Phó Chủ tịch UBND phường Vĩnh Phúc; Kiều Văn Tài, \
         Trưởng phòng Quản lý đô thị Sở Xây dựng, giữ chức Phó Chủ tịch UBND \
         xã Tam Đảo.",
        &[
            ("Vũ Mạnh Cường", "Phó Chánh Thanh tra tỉnh", ""),
            (
                "Vũ Mạnh Cường",
                "Phó Chủ tịch UBND phường Vĩnh Phúc",
                "transferred",
            ),
            ("Kiều Văn Tài", "Trưởng phòng Quản lý đô thị Sở Xây dựng", ""),
            ("Kiều Văn Tài", "Phó Chủ tịch UBND xã Tam Đảo", "transferred"),
        ],
    ),
    (
        "a post given to items of a list after a colon",
        "Đại hội miễn nhiệm tư cách thành viên HĐQT đối với các ông: Lê Văn \
         Bảy, Phó Chủ tịch HĐQT; Võ Thành Công, Giám đốc Sở Nội vụ.",
        &[
            ("Lê Văn Bảy", "thành viên HĐQT", "dismissed"),
            ("Lê Văn Bảy", "Phó Chủ tịch HĐQT", ""),
            ("Võ Thành Công", "thành viên HĐQT", "dismissed"),
            ("Võ Thành Công", "Giám đốc Sở Nội vụ", ""),
        ],
    ),
    (
        "the head of the office of the council and the committee",
        "HĐND huyện đã bầu bổ sung ông Đậu Xuân Hòa, Chánh Văn phòng HĐND và \
         UBND huyện, giữ chức Ủy viên UBND huyện.",
        &[
            ("Đậu Xuân Hòa", "Chánh Văn phòng HĐND và UBND huyện", ""),
            ("Đậu Xuân Hòa", "Ủy viên UBND huyện", "elected"),
        ],
    ),
    (
        "one name's posts and a semicolon are no list",
        "Ông Nguyễn Văn An, Chủ tịch UBND xã; ông Lý Văn Páo, Chủ tịch HĐND \
         xã được bầu giữ chức Phó Bí thư Đảng ủy xã.",
        &[
            ("Nguyễn Văn An", "Chủ tịch UBND xã", ""),
            ("Lý Văn Páo", "Chủ tịch HĐND xã", ""),
            ("Lý Văn Páo", "Phó Bí thư Đảng ủy xã", "elected"),
        ],
    ),
];

const GIVEN: Table = &[
    (
        "a post given to two names by an election",
        "Tại kỳ họp, HĐND thành phố đã bầu bổ sung chức danh Phó Chủ tịch \
         UBND thành phố đối với ông Trịnh Văn Tâm và bà Lò Thị Nga.",
        &[
            ("Trịnh Văn Tâm", "Phó Chủ tịch UBND thành phố", "elected"),
            ("Lò Thị Nga", "Phó Chủ tịch UBND thành phố", "elected"),
        ],
    ),
    (
        "a post given by an appointment",
        "Chủ tịch UBND tỉnh ký quyết định bổ nhiệm chức vụ Phó Giám đốc Sở \
         Y tế đối với bà Lò Thị Nga.",
        &[("Lò Thị Nga", "Phó Giám đốc Sở Y tế", "appointed")],
    ),
    (
        "chức vụ before a deputy's post, the name first",
        "UBND tỉnh bổ nhiệm bà Lò Thị Nga giữ chức vụ Phó Giám đốc Sở Y tế.",
        &[("Lò Thị Nga", "Phó Giám đốc Sở Y tế", "appointed")],
    ),
    (
        "a post proposed is given by no event yet",
        "UBND tỉnh đề nghị bầu bổ sung chức danh Ủy viên UBND tỉnh đối với \
         ông Trịnh Văn Tâm.",
        &[("Trịnh Văn Tâm", "Ủy viên UBND tỉnh", "")],
    ),
];

#[test]
fn a_post_given_to_names_takes_the_event_of_its_verb() {
    check(GIVEN);
}

const DISMISSALS: Table = &[
    (
        "a post taken by a dismissal, through đối với",
        "HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông \
         Trịnh Văn Tâm.",
        &[("Trịnh Văn Tâm", "Phó Chủ tịch UBND tỉnh", "dismissed")],
    ),
    (
        "the post left is the one listed after the name; a new one follows",
        "HĐND tỉnh miễn nhiệm ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh, và bầu \
         ông Trần Văn Nam giữ chức Phó Chủ tịch UBND tỉnh.",
        &[
            ("Lê Văn Hải", "Phó Chủ tịch UBND tỉnh", "dismissed"),
            ("Trần Văn Nam", "Phó Chủ tịch UBND tỉnh", "elected"),
        ],
    ),
    (
        "cách chức, whose last word is the one before a post",
        "Ban Bí thư quyết định cách chức Bí thư Tỉnh ủy đối với ông Nguyễn \
         Văn Bình.",
        &[("Nguyễn Văn Bình", "Bí thư Tỉnh ủy", "dismissed")],
    ),
    (
        "a dismissal proposed is no event yet",
        "UBND tỉnh đề nghị miễn nhiệm ông Hà Văn Sơn, Giám đốc Sở Y tế.",
        &[("Hà Văn Sơn", "Giám đốc Sở Y tế", "")],
    ),
    (
        "a submission proposes",
        "Tờ trình của UBND tỉnh về việc miễn nhiệm chức vụ Ủy viên UBND tỉnh \
         đối với ông Hà Văn Sơn.",
        &[("Hà Văn Sơn", "Ủy viên UBND tỉnh", "")],
    ),
];

#[test]
fn a_dismissal_takes_the_post_left() {
    check(DISMISSALS);
}

#[test]
fn lists_of_names_share_the_post_of_an_event() {
    check(LISTS);
}

const TRANSFERS: Table = &[
    (
        "luân chuyển after the name",
        "Ông Nguyễn Hữu Phước được luân chuyển giữ chức Bí thư Huyện ủy.",
        &[("Nguyễn Hữu Phước", "Bí thư Huyện ủy", "transferred")],
    ),
    (
        "điều động, luân chuyển before the name",
        "Ban Thường vụ Tỉnh ủy quyết định điều động, luân chuyển đồng chí \
         Nguyễn Hữu Phước giữ chức Bí thư Huyện ủy.",
        &[("Nguyễn Hữu Phước", "Bí thư Huyện ủy", "transferred")],
    ),
    (
        "a transfer ending in an appointment, for two names",
        "Ông Nguyễn Hữu Phước và bà Lương Thị Mai được điều động, bổ nhiệm \
         làm Phó Bí thư Huyện ủy.",
        &[
            ("Nguyễn Hữu Phước", "Phó Bí thư Huyện ủy", "transferred"),
            ("Lương Thị Mai", "Phó Bí thư Huyện ủy", "transferred"),
        ],
    ),
    (
        "a transfer from the post held",
        "Tỉnh ủy điều động ông Nguyễn Hữu Phước, Bí thư Huyện ủy, giữ chức \
         Phó Trưởng ban Tổ chức Tỉnh ủy.",
        &[
            ("Nguyễn Hữu Phước", "Bí thư Huyện ủy", ""),
            (
                "Nguyễn Hữu Phước",
                "Phó Trưởng ban Tổ chức Tỉnh ủy",
                "transferred",
            ),
        ],
    ),
];

#[test]
fn transfers() {
    check(TRANSFERS);
}

const RETIREMENTS: Table = &[
    (
        "nghỉ hưu after the post",
        "Ông Trần Văn Dũng, Giám đốc Sở Tài chính, nghỉ hưu từ ngày 1-12.",
        &[("Trần Văn Dũng", "Giám đốc Sở Tài chính", "retired")],
    ),
    (
        "nghỉ hưu theo chế độ, passive",
        "Bà Phan Thị Hồng, Phó Chánh Văn phòng UBND tỉnh, được nghỉ hưu \
         theo chế độ.",
        &[("Phan Thị Hồng", "Phó Chánh Văn phòng UBND tỉnh", "retired")],
    ),
    (
        "nghỉ chế độ after a title before the name",
        "Giám đốc Sở Tài chính Trần Văn Dũng nghỉ chế độ từ tháng 6.",
        &[("Trần Văn Dũng", "Giám đốc Sở Tài chính", "retired")],
    ),
    (
        "the decision before the name",
        "UBND tỉnh quyết định cho nghỉ hưu theo chế độ đối với ông Trần Văn \
         Dũng, Giám đốc Sở Tài chính.",
        &[("Trần Văn Dũng", "Giám đốc Sở Tài chính", "retired")],
    ),
    (
        "retirement said of another clause is not the post's",
        "Ông Trần Văn Dũng, Giám đốc Sở Tài chính, cho biết số người nghỉ \
         hưu tăng.",
        &[("Trần Văn Dũng", "Giám đốc Sở Tài chính", "")],
    ),
];

#[test]
fn retirements() {
    check(RETIREMENTS);
}

const DELEGATES: Table = &[
    (
        "the bare noun refers back to a seat in the National Assembly",
        "ĐBQH Đinh Thị Phương (Cao Bằng) nêu ý kiến. Theo đại biểu Đinh Thị \
         Phương, cần tăng đầu tư công.",
        &[("Đinh Thị Phương", "ĐBQH", "")],
    ),
    (
        "the bare noun refers back to a seat in a council",
        "Đại biểu HĐND tỉnh Hồ Văn Tài chất vấn. Đại biểu Hồ Văn Tài đề nghị \
         làm rõ.",
        &[("Hồ Văn Tài", "Đại biểu HĐND tỉnh", "")],
    ),
    (
        "delegates given no seat elsewhere keep the noun",
        "Trước đó, các đại biểu Hồ Văn Tài, Lý Thị Xuân đã phát biểu.",
        &[("Hồ Văn Tài", "đại biểu", ""), ("Lý Thị Xuân", "đại biểu", "")],
    ),
];

#[test]
fn a_bare_delegate_is_the_seat_given_before() {
    check(DELEGATES);
}

/// (person, title_text, title, organization) of every role fact.
fn posts(doc: &Value) -> Vec<(String, String, String, String)> {
    doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["type"] == "role")
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (s("person"), s("title_text"), s("title"), s("organization"))
        })
        .collect()
}

/// Sentences and the posts they state: (person, title_text, title,
/// organization).
type Posts = &'static [(
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str, &'static str)],
)];

const IN_CHARGE: Posts = &[
    (
        "a deputy in charge of the body, after the name",
        "Ông Phạm Văn Em, Phó Giám đốc phụ trách Sở Xây dựng, cho biết.",
        &[(
            "Phạm Văn Em",
            "Phó Giám đốc phụ trách Sở Xây dựng",
            "Phó Giám đốc Sở Xây dựng",
            "Sở Xây dựng",
        )],
    ),
    (
        "a deputy in charge of the body, before the name",
        "Phó Giám đốc phụ trách Sở Xây dựng Phạm Văn Em cho biết.",
        &[(
            "Phạm Văn Em",
            "Phó Giám đốc phụ trách Sở Xây dựng",
            "Phó Giám đốc Sở Xây dựng",
            "Sở Xây dựng",
        )],
    ),
    (
        "in charge of the body the post already names",
        "Ông Phạm Văn Em, Phó Giám đốc Sở Xây dựng, phụ trách Sở, cho biết.",
        &[(
            "Phạm Văn Em",
            "Phó Giám đốc Sở Xây dựng",
            "Phó Giám đốc Sở Xây dựng",
            "Sở Xây dựng",
        )],
    ),
    (
        "a post with a body of its own keeps it",
        "Ông Phạm Văn Em, Phó Chủ tịch UBND tỉnh phụ trách Sở Y tế, dự họp.",
        &[(
            "Phạm Văn Em",
            "Phó Chủ tịch UBND tỉnh",
            "Phó Chủ tịch Ủy ban nhân dân",
            "Ủy ban nhân dân tỉnh",
        )],
    ),
    (
        "a duty given with no post named is no role",
        "Ông Phạm Văn Em được giao phụ trách Ban Quản lý dự án Giao thông \
         tỉnh.",
        &[],
    ),
    (
        "a duty given to the holder of a post leaves the post",
        "Ông Phạm Văn Em, Phó Giám đốc Sở Xây dựng, được giao phụ trách Ban \
         Quản lý dự án Giao thông tỉnh.",
        &[(
            "Phạm Văn Em",
            "Phó Giám đốc Sở Xây dựng",
            "Phó Giám đốc Sở Xây dựng",
            "Sở Xây dựng",
        )],
    ),
];

#[test]
fn a_post_in_charge_of_a_body() {
    for &(name, text, want) in IN_CHARGE {
        let got = posts(&extract(text));
        let want: Vec<_> = want
            .iter()
            .map(|&(p, tt, t, o)| (p.into(), tt.into(), t.into(), o.into()))
            .collect();
        assert_eq!(got, want, "{name}: {text:?}");
    }
}

const IN_TURN: Table = &[
    (
        "two names, two posts, after an election",
        "Ông Đào Minh Khoa và ông Vũ Đức Lâm được bầu giữ chức Chủ tịch và \
         Phó Chủ tịch UBND huyện.",
        &[
            ("Đào Minh Khoa", "Chủ tịch", "elected"),
            ("Vũ Đức Lâm", "Phó Chủ tịch UBND huyện", "elected"),
        ],
    ),
    (
        "lần lượt, the posts joined by a comma",
        "Các ông Đào Minh Khoa, Vũ Đức Lâm lần lượt được bầu giữ chức Chủ \
         tịch, Phó Chủ tịch HĐND tỉnh.",
        &[
            ("Đào Minh Khoa", "Chủ tịch", "elected"),
            ("Vũ Đức Lâm", "Phó Chủ tịch HĐND tỉnh", "elected"),
        ],
    ),
    (
        "lần lượt là: posts held, no event",
        "Bà Lò Thị Nga và ông Vũ Đức Lâm lần lượt là Giám đốc và Phó Giám \
         đốc Sở Y tế.",
        &[
            ("Lò Thị Nga", "Giám đốc", ""),
            ("Vũ Đức Lâm", "Phó Giám đốc Sở Y tế", ""),
        ],
    ),
    (
        "fewer posts than names: every name takes the first",
        "HĐND tỉnh bầu ông Đào Minh Khoa, ông Vũ Đức Lâm và bà Lò Thị Nga \
         giữ chức Ủy viên UBND tỉnh.",
        &[
            ("Đào Minh Khoa", "Ủy viên UBND tỉnh", "elected"),
            ("Vũ Đức Lâm", "Ủy viên UBND tỉnh", "elected"),
            ("Lò Thị Nga", "Ủy viên UBND tỉnh", "elected"),
        ],
    ),
];

#[test]
fn names_take_the_posts_listed_in_turn() {
    check(IN_TURN);
}

#[test]
fn a_post_without_a_body_before_the_same_post_of_one_shares_it() {
    let organizations = |text: &str| -> Vec<(String, String)> {
        common::facts(&extract(text), "role")
            .into_iter()
            .map(|f| {
                let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
                (s("title"), s("organization"))
            })
            .collect()
    };
    assert_eq!(
        organizations(
            "Bà Lò Thị Nga và ông Vũ Đức Lâm lần lượt là Giám đốc và Phó \
             Giám đốc Sở Y tế."
        ),
        [
            ("Giám đốc Sở Y tế".to_string(), "Sở Y tế".to_string()),
            ("Phó Giám đốc Sở Y tế".to_string(), "Sở Y tế".to_string()),
        ]
    );
    // Another post keeps no body: the secretary is the party's.
    assert_eq!(
        organizations(
            "Ông Vũ Đức Lâm, Bí thư và Chủ tịch UBND xã, phát biểu."
        )[0],
        ("Bí thư".to_string(), String::new())
    );
    // Posts held at once share the body, but the party secretary's.
    assert_eq!(
        organizations(
            "Ông Vũ Đức Lâm, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Sao Mai, \
             phát biểu."
        )[0],
        (
            "Chủ tịch Tập đoàn Sao Mai".to_string(),
            "Tập đoàn Sao Mai".to_string()
        )
    );
    assert_eq!(
        organizations(
            "Ông Vũ Đức Lâm, Bí thư kiêm Chủ tịch UBND xã, phát biểu."
        )[0],
        ("Bí thư".to_string(), String::new())
    );
}

#[test]
fn a_body_listed_without_its_unit_takes_the_unit_of_the_next_post() {
    let doc = extract(
        "Ông Trần Văn Hùng, Bí thư Đảng ủy, Chủ tịch UBND xã Xuân Lộc, cho \
         biết. Bí thư Đảng ủy phường Đông Sơn Lê Văn Tâm dự. Ông Hoàng \
         Trung Dũng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Hà \
         Tĩnh, trao quyết định.",
    );
    let got: Vec<(String, String)> = common::facts(&doc, "role")
        .into_iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (s("title_text"), s("organization"))
        })
        .collect();
    let want = [
        ("Bí thư Đảng ủy", "Đảng ủy xã Xuân Lộc"),
        ("Chủ tịch UBND xã Xuân Lộc", "Ủy ban nhân dân xã Xuân Lộc"),
        // A party committee keeps the type word of its unit.
        ("Bí thư Đảng ủy phường Đông Sơn", "Đảng ủy phường Đông Sơn"),
        // A board with no parent takes the next one's party committee.
        ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        ("Trưởng Ban Tổ chức Tỉnh ủy Hà Tĩnh", "Ban Tổ chức Tỉnh ủy Hà Tĩnh"),
    ];
    let want: Vec<(String, String)> =
        want.iter().map(|(t, o)| (t.to_string(), o.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn posts_of_health_stations_and_teams() {
    let got = roles(&extract(
        "Ông Hà Văn Tú, Trưởng trạm Y tế xã Tam Chung, cho biết. Bà Lò Thị \
         Nga, Đội trưởng, cũng dự.",
    ));
    let titles: Vec<&str> = got.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(titles, ["Trưởng trạm Y tế xã Tam Chung", "Đội trưởng"]);
}

#[test]
fn a_post_of_an_office_takes_the_office_s_name_as_written() {
    for (text, want) in [
        (
            "Ông Hà Văn Tú, Trưởng khoa Hồi sức tích cực, cho biết.",
            "Trưởng khoa Hồi sức tích cực",
        ),
        (
            "Trưởng khoa Hồi sức tích cực Hà Văn Tú cho biết.",
            "Trưởng khoa Hồi sức tích cực",
        ),
        (
            "Bà Lò Thị Nga, nguyên Phó Trưởng phòng Quản lý đất đai thuộc Sở \
             Tài chính, bị bắt.",
            "nguyên Phó Trưởng phòng Quản lý đất đai",
        ),
        // Nothing bounds the name: the post alone.
        (
            "Ông Hà Văn Tú, Trưởng phòng Hành chính rất vui vì năm nay",
            "Trưởng phòng",
        ),
        // A verb of saying bounds it.
        (
            "Ông Hà Văn Tú, Trưởng phòng Hành chính nói rằng năm nay",
            "Trưởng phòng Hành chính",
        ),
        // A body the gazetteer knows bounds it, and is part of the post.
        (
            "Ông Lê Văn Nam, Trưởng phòng Cảnh sát hình sự Công an tỉnh Long \
             An cho biết.",
            "Trưởng phòng Cảnh sát hình sự Công an tỉnh Long An",
        ),
        (
            "Ông Trần Văn Bình, Trưởng khoa Hồi sức tích cực Bệnh viện Bạch Mai \
             cho biết.",
            "Trưởng khoa Hồi sức tích cực Bệnh viện Bạch Mai",
        ),
        (
            "Trưởng khoa Hồi sức tích cực Bệnh viện Bạch Mai Trần Văn Bình cho \
             biết.",
            "Trưởng khoa Hồi sức tích cực Bệnh viện Bạch Mai",
        ),
    ] {
        let got = roles(&extract(text));
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, want, "{text}");
    }
}

#[test]
fn a_name_after_a_body_the_dictionaries_do_not_know_ends_it() {
    // After a type word, a surname and a middle name start a person's
    // name, not the unit's.
    for (text, person, title) in [
        (
            "Cục trưởng Cục Quản lý thị trường tỉnh Trần Văn Tuấn cho biết.",
            "Trần Văn Tuấn",
            "Cục trưởng Cục Quản lý thị trường tỉnh",
        ),
        (
            "Chi cục trưởng Chi cục Kiểm lâm tỉnh Lê Thị Hoa cho biết.",
            "Lê Thị Hoa",
            "Chi cục trưởng Chi cục Kiểm lâm tỉnh",
        ),
    ] {
        let got = roles(&extract(text));
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), (person, title));
    }
}

const COPULAS: Table = &[
    (
        "a post held, after là",
        "Ông Lê Văn Tám là Giám đốc Công ty TNHH Hoàng Long.",
        &[("Lê Văn Tám", "Giám đốc Công ty TNHH Hoàng Long", "")],
    ),
    (
        "a post held, after hiện là",
        "Ông Nguyễn Văn Nam hiện là Chủ tịch UBND xã Quảng Phú.",
        &[("Nguyễn Văn Nam", "Chủ tịch UBND xã Quảng Phú", "")],
    ),
    (
        "a post held, after hiện giữ chức",
        "Bà Lê Thị Thu hiện giữ chức Phó Giám đốc Sở Y tế.",
        &[("Lê Thị Thu", "Phó Giám đốc Sở Y tế", "")],
    ),
    (
        "no post right after là",
        "Ông Lê Văn Tám là con trai của Chủ tịch UBND xã.",
        &[],
    ),
    (
        "the one who decides between được and the verb",
        "Ông Nguyễn Văn Hùng được Thủ tướng bổ nhiệm giữ chức Thứ trưởng Bộ \
         Y tế. Ông Trần Văn Sơn được Bộ Chính trị phân công giữ chức Bí thư \
         Thành ủy Hải Phòng.",
        &[
            ("Nguyễn Văn Hùng", "Thứ trưởng Bộ Y tế", "appointed"),
            ("Trần Văn Sơn", "Bí thư Thành ủy Hải Phòng", "appointed"),
        ],
    ),
];

const PLURALS: Table = &[
    (
        "names after a plural share the post after the last",
        "Các ông Lê Văn An và Trần Văn Bình, Phó Giám đốc Sở Y tế, cùng dự.",
        &[
            ("Lê Văn An", "Phó Giám đốc Sở Y tế", ""),
            ("Trần Văn Bình", "Phó Giám đốc Sở Y tế", ""),
        ],
    ),
    (
        "two comrades and a dash",
        "Hai đồng chí Lê Văn An, Trần Văn Bình - Phó Chủ tịch UBND tỉnh cùng \
         dự.",
        &[
            ("Lê Văn An", "Phó Chủ tịch UBND tỉnh", ""),
            ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh", ""),
        ],
    ),
    (
        "without a plural the post is the last name's",
        "Ông Lê Văn An và ông Trần Văn Bình, Phó Giám đốc Sở Y tế, cùng dự.",
        &[("Trần Văn Bình", "Phó Giám đốc Sở Y tế", "")],
    ),
];

const SHARED_BEFORE_A_LIST: Table = &[
    (
        "a count of posts, a bare body and gồm with a colon",
        "Sở hiện có 3 Phó Giám đốc Sở gồm: ông Lê Văn Hùng, bà Trần Thị Mai \
         và ông Đỗ Minh Tâm.",
        &[
            ("Lê Văn Hùng", "Phó Giám đốc Sở", ""),
            ("Trần Thị Mai", "Phó Giám đốc Sở", ""),
            ("Đỗ Minh Tâm", "Phó Giám đốc Sở", ""),
        ],
    ),
    (
        "gồm các bà with a colon",
        "2 Phó Chủ tịch UBND huyện gồm các bà: Hà Thị Lan, Vi Thị Hoa.",
        &[
            ("Hà Thị Lan", "Phó Chủ tịch UBND huyện", ""),
            ("Vi Thị Hoa", "Phó Chủ tịch UBND huyện", ""),
        ],
    ),
    (
        "gồm after a post given by a vote, each item with its own posts",
        "Hai đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy gồm: bà Lê Thị \
         Vân, Trưởng Ban Dân vận Tỉnh ủy; ông Hà Văn Lợi, Chủ tịch UBND tỉnh.",
        &[
            ("Lê Thị Vân", "Phó Bí thư Tỉnh ủy", ""),
            ("Hà Văn Lợi", "Phó Bí thư Tỉnh ủy", ""),
            ("Lê Thị Vân", "Trưởng Ban Dân vận Tỉnh ủy", ""),
            ("Hà Văn Lợi", "Chủ tịch UBND tỉnh", ""),
        ],
    ),
    (
        "words in lower case between a counted post and gồm",
        "5 thành viên HĐQT được bầu gồm các ông, bà: Phạm Văn Khải, Lê Thị \
         Nguyệt và Hồ Thanh Bình.",
        &[
            ("Phạm Văn Khải", "thành viên HĐQT", ""),
            ("Lê Thị Nguyệt", "thành viên HĐQT", ""),
            ("Hồ Thanh Bình", "thành viên HĐQT", ""),
        ],
    ),
    (
        "the post shared is said with là",
        "Hai Phó Giám đốc là ông Phan Văn Khải và ông Chu Văn Định.",
        &[
            ("Phan Văn Khải", "Phó Giám đốc", ""),
            ("Chu Văn Định", "Phó Giám đốc", ""),
        ],
    ),
    (
        "a term between a counted post and gồm",
        "Đại hội bầu bổ sung 2 thành viên HĐQT nhiệm kỳ 2023-2028 gồm bà Vũ \
         Ngọc Lan và ông Tô Minh Triết.",
        &[
            ("Vũ Ngọc Lan", "thành viên HĐQT", ""),
            ("Tô Minh Triết", "thành viên HĐQT", ""),
        ],
    ),
    (
        "a degree before each name, as ông",
        "Trường có 3 Phó Hiệu trưởng gồm: PGS.TS Nguyễn Văn Hải, PGS.TS Lê \
         Thị Minh và TS Trần Quốc Bảo.",
        &[
            ("Nguyễn Văn Hải", "Phó Hiệu trưởng", ""),
            ("Lê Thị Minh", "Phó Hiệu trưởng", ""),
            ("Trần Quốc Bảo", "Phó Hiệu trưởng", ""),
            ("Nguyễn Văn Hải", "PGS.TS", ""),
            ("Lê Thị Minh", "PGS.TS", ""),
            ("Trần Quốc Bảo", "TS", ""),
        ],
    ),
    (
        "anh among the forms of address of a list",
        "Ba Phó Chủ tịch gồm: bà Lê Thị Hoa; ông Trần Văn Nam; anh Nguyễn \
         Minh Đức.",
        &[
            ("Lê Thị Hoa", "Phó Chủ tịch", ""),
            ("Trần Văn Nam", "Phó Chủ tịch", ""),
            ("Nguyễn Minh Đức", "Phó Chủ tịch", ""),
        ],
    ),
    (
        "a list of names after a post of a city that names no city",
        "Dự có các Phó Chủ tịch UBND thành phố Huỳnh Minh Trí, Phan Thị \
         Ngọc Bích.",
        &[
            ("Huỳnh Minh Trí", "Phó Chủ tịch UBND thành phố", ""),
            ("Phan Thị Ngọc Bích", "Phó Chủ tịch UBND thành phố", ""),
        ],
    ),
    (
        "a rank before each name, each one's post in brackets",
        "Hai Đồn trưởng là Thượng tá Phạm Văn Lộc (Đồn Biên phòng Tịnh \
         Biên) và Trung tá Hồ Văn Quý (Đồn Biên phòng Vĩnh Xương).",
        &[
            ("Phạm Văn Lộc", "Đồn trưởng", ""),
            ("Hồ Văn Quý", "Đồn trưởng", ""),
            ("Phạm Văn Lộc", "Thượng tá", ""),
            ("Hồ Văn Quý", "Trung tá", ""),
        ],
    ),
];

const DEPUTY_HEADS: Table = &[
    (
        "Phó trưởng in lower case before a body",
        "Ông Trần Văn Lộc, Phó trưởng Công an xã Vĩnh Xương, cho biết.",
        &[("Trần Văn Lộc", "Phó trưởng Công an xã Vĩnh Xương", "")],
    ),
    (
        "Phó trưởng before a delegation the dictionaries know",
        "Bà Lò Thị Hằng, Phó trưởng Đoàn ĐBQH tỉnh, phát biểu.",
        &[("Lò Thị Hằng", "Phó trưởng Đoàn ĐBQH tỉnh", "")],
    ),
    (
        "Phó trưởng phòng stays one post",
        "Ông Vi Văn Sáng, Phó trưởng phòng Tổ chức cán bộ, cho biết.",
        &[("Vi Văn Sáng", "Phó trưởng phòng Tổ chức cán bộ", "")],
    ),
    (
        "a school's bare noun in lower case before kể từ",
        "Bà Huỳnh Thị Mỹ Linh được bổ nhiệm giữ chức Phó Hiệu trưởng nhà \
         trường kể từ ngày 1/3/2026.",
        &[("Huỳnh Thị Mỹ Linh", "Phó Hiệu trưởng nhà trường", "appointed")],
    ),
    (
        "a pharmacist's degrees",
        "Trao quyết định cho TS.DS Phạm Thị Ngọc Hân và TS.BS Lê Văn Khánh.",
        &[("Phạm Thị Ngọc Hân", "TS.DS", ""), ("Lê Văn Khánh", "TS.BS", "")],
    ),
];

const EVENTS_AND_BRANCHES: Table = &[
    (
        "elected by the trust of a body named between",
        "Đồng chí Hoàng Minh Tuấn tiếp tục được Ban Chấp hành Đảng bộ tỉnh \
         tín nhiệm bầu giữ chức Bí thư Tỉnh ủy Lâm Đồng.",
        &[("Hoàng Minh Tuấn", "Bí thư Tỉnh ủy Lâm Đồng", "elected")],
    ),
    (
        "transferred to a post with về làm",
        "Ông Hà Quang Lợi được Ban Thường vụ Tỉnh ủy luân chuyển về làm Bí \
         thư Đảng ủy xã Mai Châu.",
        &[("Hà Quang Lợi", "Bí thư Đảng ủy xã Mai Châu", "transferred")],
    ),
    (
        "the new post of the last of a list is each name's",
        "HĐQT bầu bà Lê Thị Nguyệt và ông Đoàn Ngọc Sơn, Phó Tổng Giám đốc, \
         giữ chức Phó Chủ tịch HĐQT.",
        &[
            ("Lê Thị Nguyệt", "Phó Chủ tịch HĐQT", "elected"),
            ("Đoàn Ngọc Sơn", "Phó Tổng Giám đốc", ""),
            ("Đoàn Ngọc Sơn", "Phó Chủ tịch HĐQT", "elected"),
        ],
    ),
    (
        "a decision received",
        "Ông Lê Văn Tám, Phó Giám đốc Sở Y tế, nhận quyết định điều động giữ \
         chức Giám đốc Sở Nội vụ.",
        &[
            ("Lê Văn Tám", "Phó Giám đốc Sở Y tế", ""),
            ("Lê Văn Tám", "Giám đốc Sở Nội vụ", "transferred"),
        ],
    ),
    (
        "agreed by the Front's consultation and named to the post",
        "Bà Lê Thị Hoa được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ tỉnh.",
        &[("Lê Thị Hoa", "Chủ tịch Ủy ban MTTQ tỉnh", "elected")],
    ),
    (
        "a decision received from a body",
        "Ông Trịnh Quốc Hưng nhận quyết định của Bộ Chính trị điều động giữ \
         chức Phó Trưởng Ban Chính sách, chiến lược Trung ương.",
        &[(
            "Trịnh Quốc Hưng",
            "Phó Trưởng Ban Chính sách, chiến lược Trung ương",
            "transferred",
        )],
    ),
    (
        "a regional court with its province after a dash, a judge's grade",
        "Bà Rơ Châm H'Lan, Thẩm phán trung cấp, được bổ nhiệm giữ chức Chánh \
         án TAND khu vực 4 - Gia Lai.",
        &[
            ("Rơ Châm H'Lan", "Thẩm phán trung cấp", ""),
            (
                "Rơ Châm H'Lan",
                "Chánh án TAND khu vực 4 - Gia Lai",
                "appointed",
            ),
        ],
    ),
    (
        "a second post past the initials of the first body",
        "Ông Ngô Văn Thuận, Chủ tịch Hiệp hội Gỗ Bình Dương (BIFA), kiêm Tổng \
         Giám đốc Công ty Minh Phát, cho biết.",
        &[
            ("Ngô Văn Thuận", "Chủ tịch Hiệp hội Gỗ Bình Dương", ""),
            ("Ngô Văn Thuận", "Tổng Giám đốc Công ty Minh Phát", ""),
        ],
    ),
    (
        "a central bank's regional branch, in capitals",
        "Bà Đoàn Thị Thu Hà, Phó Giám đốc NHNN Chi nhánh Khu vực 2, phát \
         biểu.",
        &[("Đoàn Thị Thu Hà", "Phó Giám đốc NHNN Chi nhánh Khu vực 2", "")],
    ),
    (
        "the one office of the delegation and the council",
        "Bà Lâm Thị Thoa, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, phát biểu.",
        &[("Lâm Thị Thoa", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh", "")],
    ),
    (
        "an independent member in brackets",
        "Bầu ông Vũ Đức Thịnh (thành viên độc lập) vào HĐQT.",
        &[("Vũ Đức Thịnh", "thành viên độc lập", "")],
    ),
    (
        "a board named by the evils it fights",
        "Ông Lê An, Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng \
         phí, tiêu cực tỉnh, phát biểu.",
        &[(
            "Lê An",
            "Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu \
             cực tỉnh",
            "",
        )],
    ),
    (
        "a chief financial officer of a bare company",
        "Ông Lâm Quốc Việt, Giám đốc Tài chính công ty, phát biểu.",
        &[("Lâm Quốc Việt", "Giám đốc Tài chính công ty", "")],
    ),
];

const DEPARTMENTS: Table = &[
    (
        "a department the dictionaries do not know, then its parent",
        "Bà Hồ Thị Diễm, Trưởng phòng Tổ chức cán bộ Sở Nội vụ, phát biểu.",
        &[("Hồ Thị Diễm", "Trưởng phòng Tổ chức cán bộ Sở Nội vụ", "")],
    ),
    (
        "a department named by words in lower case",
        "Ông Lê Văn An, Trưởng phòng Đào tạo đại học, cho biết.",
        &[("Lê Văn An", "Trưởng phòng Đào tạo đại học", "")],
    ),
    (
        "a hospital's department joined by a dash, before của",
        "Bà Trần Thị Sương, Trưởng khoa Hồi sức tích cực - Chống độc của \
         bệnh viện, cho biết.",
        &[("Trần Thị Sương", "Trưởng khoa Hồi sức tích cực - Chống độc", "")],
    ),
    (
        "a department whose name holds a word that is also a surname",
        "Ông Lê Văn Hùng, Trưởng khoa Sư phạm Toán học, phát biểu.",
        &[("Lê Văn Hùng", "Trưởng khoa Sư phạm Toán học", "")],
    ),
    (
        "a head of a department named with its own head noun",
        "Ông Lê Văn Bình, Trưởng phòng Phòng Cảnh sát hình sự Công an tỉnh \
         Nghệ An, cho biết.",
        &[(
            "Lê Văn Bình",
            "Trưởng phòng Phòng Cảnh sát hình sự Công an tỉnh Nghệ An",
            "",
        )],
    ),
    (
        "a director of a field of a firm",
        "Theo bà Phùng Thị Vân, Giám đốc Chiến lược đầu tư Công ty CP Chứng \
         khoán Phú Gia, thị trường sẽ hồi phục.",
        &[(
            "Phùng Thị Vân",
            "Giám đốc Chiến lược đầu tư Công ty CP Chứng khoán Phú Gia",
            "",
        )],
    ),
];

const POSTS_ABROAD_AND_AIDES: Table = &[
    (
        "a deputy governor of a province abroad",
        "Ông Sok Piseth, Phó Tỉnh trưởng tỉnh Kampot, cho biết.",
        &[("Sok Piseth", "Phó Tỉnh trưởng tỉnh Kampot", "")],
    ),
    (
        "a project director of a firm abroad",
        "Ông Marco Bellini, Giám đốc dự án của Tập đoàn TIL, cho biết.",
        &[("Marco Bellini", "Giám đốc dự án", "")],
    ),
    (
        "a member of a presidium, then a head of a department",
        "Ông Trần Văn Sơn, Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, Trưởng \
         Ban Quan hệ lao động, phát biểu.",
        &[
            ("Trần Văn Sơn", "Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", ""),
            ("Trần Văn Sơn", "Trưởng Ban Quan hệ lao động", ""),
        ],
    ),
    (
        "the second place of a pair before a title is no person",
        "Kiểm tra cao tốc TP.HCM - Mộc Bài, Chủ tịch UBND tỉnh Tây Ninh yêu \
         cầu đẩy nhanh tiến độ.",
        &[],
    ),
    (
        "a post that names its body in itself",
        "Đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư, dự.",
        &[("Trần Cẩm Tú", "Thường trực Ban Bí thư", "")],
    ),
    (
        "an aide of a minister",
        "Ông Lê Văn An, Trợ lý Bộ trưởng Bộ Công an, phát biểu.",
        &[("Lê Văn An", "Trợ lý Bộ trưởng Bộ Công an", "")],
    ),
];

const FOUNDERS_AND_BRANDS: Table = &[
    (
        "a founder",
        "Ông Phạm Nhật Vượng, nhà sáng lập Tập đoàn Vingroup, công bố.",
        &[("Phạm Nhật Vượng", "nhà sáng lập Tập đoàn Vingroup", "")],
    ),
    (
        "a brand and a foreign name of two words",
        "Nhà sáng lập Facebook Mark Zuckerberg đến Việt Nam.",
        &[("Mark Zuckerberg", "Nhà sáng lập Facebook", "")],
    ),
    (
        "a foreign name of two words alone",
        "Thủ tướng Shinzo Abe thăm Việt Nam.",
        &[("Shinzo Abe", "Thủ tướng", "")],
    ),
];

const FORMER_WITH_CUU: Table = &[
    (
        "cựu after the name",
        "Ông Trần Văn Hiệp, cựu Chủ tịch UBND tỉnh Lâm Đồng, bị bắt.",
        &[("Trần Văn Hiệp", "cựu Chủ tịch UBND tỉnh Lâm Đồng", "")],
    ),
    (
        "a word in plain letters before a word in lower case is no brand",
        "Ông Lê Văn Hòa, Phó Trưởng phòng Kinh doanh, cho biết.",
        &[("Lê Văn Hòa", "Phó Trưởng phòng Kinh doanh", "")],
    ),
    (
        "a border post's name is no person",
        "Trung tá Lò Văn Pắn, Đồn trưởng Đồn Biên phòng Mường Lạn cho biết.",
        &[
            ("Lò Văn Pắn", "Trung tá", ""),
            ("Lò Văn Pắn", "Đồn trưởng Đồn Biên phòng", ""),
        ],
    ),
];

#[test]
fn cuu_is_former_and_words_that_are_no_bodies() {
    // The table's rows are no former posts but the first.
    for &(name, text, want) in FORMER_WITH_CUU {
        let got = roles(&extract(text));
        let titles: Vec<(&str, &str)> =
            got.iter().map(|r| (r.0.as_str(), r.1.as_str())).collect();
        let want: Vec<(&str, &str)> =
            want.iter().map(|&(p, t, _)| (p, t)).collect();
        assert_eq!(titles, want, "{name}");
    }
    let got = roles(&extract(FORMER_WITH_CUU[0].1));
    assert!(got[0].2, "cựu makes a former post");
    // A headline in capitals names no body "TIẾP".
    let doc = extract("CHỦ TỊCH NƯỚC TIẾP ĐẠI SỨ CÁC NƯỚC");
    assert!(
        doc["entities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["type"] != "organization"),
        "{doc}"
    );
}

#[test]
fn nguyen_as_a_middle_name_and_a_company_named_like_a_person() {
    let got = roles(&extract(
        "Ông Đoàn Nguyên Đức, Chủ tịch HĐQT Tập đoàn Hoàng Anh Gia Lai, cho \
         biết. Ông Lê Nguyên Anh dự.",
    ));
    let want: Vec<(String, String, bool, String)> = vec![(
        "Đoàn Nguyên Đức".into(),
        "Chủ tịch HĐQT Tập đoàn Hoàng Anh Gia Lai".into(),
        false,
        String::new(),
    )];
    assert_eq!(got, want);
    let doc = extract("Ông Lê Nguyên Anh dự.");
    assert!(
        doc["entities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["type"] == "person" && e["text"] == "Lê Nguyên Anh"),
        "{doc}"
    );
}

#[test]
fn founders_and_the_heads_of_brands() {
    check(FOUNDERS_AND_BRANDS);
}

#[test]
fn names_after_a_plural_share_the_posts_after_the_last() {
    check(PLURALS);
}

#[test]
fn a_post_counted_before_a_list_is_each_name_s() {
    check(SHARED_BEFORE_A_LIST);
}

#[test]
fn posts_abroad_and_aides() {
    check(POSTS_ABROAD_AND_AIDES);
}

#[test]
fn deputies_heads_and_degrees() {
    check(DEPUTY_HEADS);
}

#[test]
fn events_after_an_agent_and_posts_of_branches() {
    check(EVENTS_AND_BRANCHES);
}

#[test]
fn posts_of_departments_the_dictionaries_do_not_know() {
    check(DEPARTMENTS);
}

const MORE_COPULAS: Table = &[
    (
        "names that share a post with cùng là",
        "Các ông Lê Văn An, Trần Văn Bình và Hoàng Văn Cường cùng là Phó Chủ \
         tịch UBND tỉnh.",
        &[
            ("Lê Văn An", "Phó Chủ tịch UBND tỉnh", ""),
            ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh", ""),
            ("Hoàng Văn Cường", "Phó Chủ tịch UBND tỉnh", ""),
        ],
    ),
    (
        "names that share a post after a comma",
        "Kỷ luật các ông: Huỳnh Quốc Việt và Trần Chí Dũng, cùng là Phó Chủ \
         tịch UBND tỉnh.",
        &[
            ("Huỳnh Quốc Việt", "Phó Chủ tịch UBND tỉnh", ""),
            ("Trần Chí Dũng", "Phó Chủ tịch UBND tỉnh", ""),
        ],
    ),
    (
        "names that share a post in brackets with đều là",
        "Các bị cáo Lê Văn Tài, Ngô Thị Huyền (đều là Phó trưởng phòng Vật \
         tư) bị truy tố.",
        &[
            ("Lê Văn Tài", "Phó trưởng phòng Vật tư", ""),
            ("Ngô Thị Huyền", "Phó trưởng phòng Vật tư", ""),
        ],
    ),
    (
        "nay là",
        "Ông Nguyễn Văn Thắng nay là Bộ trưởng Bộ Tài chính.",
        &[("Nguyễn Văn Thắng", "Bộ trưởng Bộ Tài chính", "")],
    ),
    (
        "đảm nhiệm chức",
        "Ông Lê Văn Tùng đảm nhiệm chức Giám đốc Sở Xây dựng.",
        &[("Lê Văn Tùng", "Giám đốc Sở Xây dựng", "")],
    ),
    (
        "a people in brackets before the verb",
        "Bà Hoàng Thị Nga (dân tộc Tày) được bầu làm Bí thư Chi bộ thôn Nà Hu.",
        &[("Hoàng Thị Nga", "Bí thư Chi bộ thôn Nà Hu", "elected")],
    ),
    (
        "a home in brackets before the post",
        "Ông Nguyễn Văn Hùng (quê Nghệ An), Giám đốc Công ty Minh Phát, cho \
         biết.",
        &[("Nguyễn Văn Hùng", "Giám đốc Công ty Minh Phát", "")],
    ),
];

#[test]
fn a_field_in_charge_between_a_post_and_the_name() {
    let got = roles(&extract(
        "Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa - xã hội Nguyễn \
         Thị Quỳnh chủ trì. Giám đốc Sở phụ trách chung Lê Văn Bình cho biết.",
    ));
    let got: Vec<(&str, &str)> =
        got.iter().map(|r| (r.0.as_str(), r.1.as_str())).collect();
    assert_eq!(
        got,
        [
            ("Nguyễn Thị Quỳnh", "Phó Chủ tịch UBND tỉnh"),
            ("Lê Văn Bình", "Giám đốc Sở")
        ]
    );
}

#[test]
fn a_post_held_at_once_after_a_comma() {
    let got = roles(&extract(
        "Ông Lê Văn Bình, Giám đốc Sở Y tế, kiêm Giám đốc Bệnh viện Đa khoa \
         tỉnh cho biết.",
    ));
    let titles: Vec<&str> = got.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(
        titles,
        ["Giám đốc Sở Y tế", "Giám đốc Bệnh viện Đa khoa tỉnh"]
    );
}

#[test]
fn more_copulas_and_details_in_brackets() {
    check(MORE_COPULAS);
    // The years of a life in brackets.
    let got = roles(&extract(
        "Ông Đinh Tiến Dũng (1961-2024), nguyên Bí thư Thành ủy Hà Nội.",
    ));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "nguyên Bí thư Thành ủy Hà Nội");
}

#[test]
fn a_post_stated_with_a_copula_or_given_by_someone() {
    check(COPULAS);
}

#[test]
fn the_post_held_now_after_the_ones_held_once() {
    let got = roles(&extract(
        "Ông Phan Văn Mãi, người từng giữ chức Chủ tịch UBND TP Hồ Chí Minh, \
         nay là Trưởng Ban Kinh tế của Quốc hội.",
    ));
    let want: Vec<Row> = vec![
        (
            "Phan Văn Mãi".into(),
            "Chủ tịch UBND TP Hồ Chí Minh".into(),
            true,
            String::new(),
        ),
        (
            "Phan Văn Mãi".into(),
            "Trưởng Ban Kinh tế của Quốc hội".into(),
            false,
            String::new(),
        ),
    ];
    assert_eq!(got, want);
}

#[test]
fn a_role_takes_the_date_the_text_gives_it() {
    let dates = |text: &str| -> Vec<String> {
        common::facts(&common::extract_dated(text, "2024-02-20"), "role")
            .into_iter()
            .map(|f| f["date"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(
        dates(
            "UBND tỉnh bổ nhiệm ông Hà Văn Sơn giữ chức Giám đốc Sở Tài chính \
             kể từ ngày 1/3/2024."
        ),
        ["2024-03-01"]
    );
    assert_eq!(
        dates(
            "Ông Vũ Đức Lâm được bầu giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021 - 2026."
        ),
        ["2021/2026"]
    );
    // A date of something else said after the post: the document's.
    assert_eq!(
        dates(
            "Ông Vũ Đức Lâm, Giám đốc Sở Y tế, cho biết từ ngày 1/5 giá sẽ tăng."
        ),
        ["2024-02-20"]
    );
}

#[test]
fn a_body_written_by_its_head_noun_alone_is_the_one_named_before() {
    let doc = extract(
        "Sở Y tế tỉnh Nghệ An tổ chức hội nghị. Ông Nguyễn Văn Long, Giám \
         đốc Sở, cho biết năm qua tốt. Bệnh viện Đa khoa tỉnh Thanh Hóa tiếp \
         nhận. Ông Lê Văn An, Phó Giám đốc Bệnh viện cho biết.",
    );
    let got: Vec<(String, String, String)> = common::facts(&doc, "role")
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (s("title_text"), s("title"), s("organization"))
        })
        .collect();
    let want = [
        ("Giám đốc Sở", "Giám đốc Sở Y tế", "Sở Y tế tỉnh Nghệ An"),
        (
            "Phó Giám đốc Bệnh viện",
            "Phó Giám đốc Bệnh viện Đa khoa tỉnh Thanh Hóa",
            "Bệnh viện Đa khoa tỉnh Thanh Hóa",
        ),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
    // With no such body before, the post has none.
    let doc = extract("Ông Lê Văn Tám, Giám đốc Sở, phát biểu.");
    let got = common::facts(&doc, "role");
    assert_eq!(got[0]["title_text"], "Giám đốc Sở");
    assert!(got[0].get("organization").is_none());
    // A verb after the head noun ends it ("làm trưởng đoàn").
    let doc = extract(
        "Đoàn của Tập đoàn Yokohama Seiki do ông Tanaka Hiroshi, Phó Chủ \
         tịch Tập đoàn làm trưởng đoàn.",
    );
    let got = common::facts(&doc, "role");
    assert_eq!(got[0]["title_text"], "Phó Chủ tịch Tập đoàn");
    assert_eq!(got[0]["organization"], "Tập đoàn Yokohama Seiki");
    // The head noun in lower case is one too.
    let doc = extract(
        "Bệnh viện Chợ Rẫy tiếp nhận. Ông Nguyễn Văn Hùng, Giám đốc bệnh \
         viện, cho biết.",
    );
    let got = common::facts(&doc, "role");
    assert_eq!(got[0]["title_text"], "Giám đốc bệnh viện");
    assert_eq!(got[0]["organization"], "Bệnh viện Chợ Rẫy");
    let doc = extract("Ông Trần Văn Bình, Giám đốc công ty, cho biết.");
    let got = common::facts(&doc, "role");
    assert_eq!(got[0]["title_text"], "Giám đốc công ty");
}

#[test]
fn given_names_and_a_surname_that_are_words_of_posts() {
    check(&[
        (
            "a given name that starts a post, before a comma",
            "Ông Trần Văn Chủ, Giám đốc Sở Nội vụ, phát biểu.",
            &[("Trần Văn Chủ", "Giám đốc Sở Nội vụ", "")],
        ),
        (
            "a given name that is a post of one word",
            "Ông Phạm Văn Trưởng, Chủ tịch UBND xã, cho biết.",
            &[("Phạm Văn Trưởng", "Chủ tịch UBND xã", "")],
        ),
        (
            "the surname Phó after a form of address",
            "Bà Phó Thị Hằng, Chủ tịch Hội LHPN tỉnh Lạng Sơn, phát biểu.",
            &[("Phó Thị Hằng", "Chủ tịch Hội LHPN tỉnh Lạng Sơn", "")],
        ),
        (
            "Phó before a post is the post's prefix",
            "Ông Phó Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu.",
            &[("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "")],
        ),
    ]);
    // The post's word inside the name is no title of its own.
    let doc = extract("Ông Phạm Văn Trưởng, Chủ tịch UBND xã, cho biết.");
    let titles: Vec<&str> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "title")
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Chủ tịch UBND xã"], "{doc}");
}

#[test]
fn a_post_shared_by_the_items_of_a_list_ended_by_va() {
    let got = roles(&extract(
        "Các ông Trần Văn An, nguyên Bí thư Huyện ủy, và Lê Văn Bình, \
         nguyên Chủ tịch UBND huyện, được bầu giữ chức Phó Bí thư Tỉnh ủy.",
    ));
    let row = |p: &str, t: &str, former: bool, e: &str| -> Row {
        (p.into(), t.into(), former, e.into())
    };
    for want in [
        row("Trần Văn An", "nguyên Bí thư Huyện ủy", true, ""),
        row("Trần Văn An", "Phó Bí thư Tỉnh ủy", false, "elected"),
        row("Lê Văn Bình", "nguyên Chủ tịch UBND huyện", true, ""),
        row("Lê Văn Bình", "Phó Bí thư Tỉnh ủy", false, "elected"),
    ] {
        assert!(got.contains(&want), "want {want:?}\ngot {got:?}");
    }
    assert_eq!(got.len(), 4, "{got:?}");
}

#[test]
fn a_new_post_after_a_former_one_and_its_gloss_in_brackets() {
    let got = roles(&extract(
        "Cổ đông đã bầu bổ sung ông Đỗ Minh Khang, nguyên Phó Vụ trưởng Vụ \
         Ngân sách (Bộ Tài chính), làm thành viên HĐQT.",
    ));
    let row = |t: &str, former: bool, e: &str| -> Row {
        ("Đỗ Minh Khang".into(), t.into(), former, e.into())
    };
    assert_eq!(
        got,
        [
            row("nguyên Phó Vụ trưởng Vụ Ngân sách", true, ""),
            row("thành viên HĐQT", false, "elected"),
        ]
    );
}

#[test]
fn a_post_in_lower_case_after_a_word_is_its_complement() {
    check(&[
        (
            "the opinions of delegates",
            "Giải trình ý kiến đại biểu, Bộ trưởng Bộ Tài chính Lương Văn Tiến \
             cho biết.",
            &[("Lương Văn Tiến", "Bộ trưởng Bộ Tài chính", "")],
        ),
        (
            "a list of posts after a form of address",
            "Đồng chí đại biểu, Bí thư Tỉnh ủy Nguyễn Văn An phát biểu.",
            &[
                ("Nguyễn Văn An", "đại biểu", ""),
                ("Nguyễn Văn An", "Bí thư Tỉnh ủy", ""),
            ],
        ),
    ]);
}

#[test]
fn divisions_of_a_bank_and_foreign_names_after_a_post() {
    check(&[
        (
            "a bank's division, no surname",
            "Giám đốc Khối Khách hàng cá nhân Trịnh Ngọc Bích cho biết.",
            &[("Trịnh Ngọc Bích", "Giám đốc Khối Khách hàng cá nhân", "")],
        ),
        (
            "a foreign name in letters of another alphabet",
            "Thủ tướng Piotr Zieliński cho biết.",
            &[("Piotr Zieliński", "Thủ tướng", "")],
        ),
        (
            "a high procuracy named by its city",
            "Kiểm sát viên Viện KSND cấp cao tại Đà Nẵng Trần Đình Khôi phát \
             biểu.",
            &[(
                "Trần Đình Khôi",
                "Kiểm sát viên Viện KSND cấp cao tại Đà Nẵng",
                "",
            )],
        ),
        (
            "the presiding judge, by 'làm'",
            "Phiên tòa do Thẩm phán Nguyễn Thị Thu Hà làm chủ tọa.",
            &[
                ("Nguyễn Thị Thu Hà", "Thẩm phán", ""),
                ("Nguyễn Thị Thu Hà", "chủ tọa", ""),
            ],
        ),
        (
            "a numbered team",
            "Ông Nguyễn Quang Huy – Đội trưởng Đội Quản lý thị trường số 3 cho \
             biết.",
            &[(
                "Nguyễn Quang Huy",
                "Đội trưởng Đội Quản lý thị trường số 3",
                "",
            )],
        ),
        (
            "the head of an office named after 'Trưởng ban'",
            "Ông Lê Văn Tường, Trưởng ban Đại diện Hội Người cao tuổi tỉnh, \
             phát biểu.",
            &[(
                "Lê Văn Tường",
                "Trưởng ban Đại diện Hội Người cao tuổi tỉnh",
                "",
            )],
        ),
        (
            "a post given by 'làm' after the posts listed",
            "Đoàn do ông Nguyễn Tuấn Thanh, Phó Chủ tịch UBND tỉnh, làm trưởng \
             đoàn.",
            &[
                ("Nguyễn Tuấn Thanh", "Phó Chủ tịch UBND tỉnh", ""),
                ("Nguyễn Tuấn Thanh", "trưởng đoàn", ""),
            ],
        ),
        (
            "a consul's city",
            "Ông Lars Nielsen, Tổng Lãnh sự Đan Mạch tại TP.HCM, phát biểu.",
            &[("Lars Nielsen", "Tổng Lãnh sự Đan Mạch tại TP.HCM", "")],
        ),
        (
            "the head of an investigating agency",
            "Trần Minh Quân – Phó Thủ trưởng Cơ quan Cảnh sát điều tra Bộ Công \
             an – cho biết.",
            &[(
                "Trần Minh Quân",
                "Phó Thủ trưởng Cơ quan Cảnh sát điều tra Bộ Công an",
                "",
            )],
        ),
        (
            "a brand with its number, and a trade union",
            "Ông Nguyễn Văn An, Chủ tịch HĐTV Vinafood 1, và ông Lê Hữu Tài, \
             Chủ tịch Công đoàn cơ sở công ty, cho biết.",
            &[
                ("Nguyễn Văn An", "Chủ tịch HĐTV Vinafood 1", ""),
                ("Lê Hữu Tài", "Chủ tịch Công đoàn cơ sở công ty", ""),
            ],
        ),
        (
            "a country named with its form of state",
            "Tổng thống Cộng hòa Ba Lan Andrzej Kowalczyk phát biểu.",
            &[("Andrzej Kowalczyk", "Tổng thống Cộng hòa Ba Lan", "")],
        ),
        (
            "a given name that is a word, before a verb of saying",
            "Chủ tịch Vinatex Lê Tiến Trường cho biết.",
            &[("Lê Tiến Trường", "Chủ tịch Vinatex", "")],
        ),
        (
            "a commercial counsellor and a chief representative",
            "Ông Park Sung-ho, Tham tán Thương mại Đại sứ quán Hàn Quốc, và \
             ông Tanaka Hiroshi, Trưởng đại diện JETRO, cho biết.",
            &[
                (
                    "Park Sung-ho",
                    "Tham tán Thương mại Đại sứ quán Hàn Quốc",
                    "",
                ),
                ("Tanaka Hiroshi", "Trưởng đại diện JETRO", ""),
            ],
        ),
        (
            "a new post after one whose office or body its title leaves out",
            "Bộ bổ nhiệm ông Vũ Hoàng Long, Chánh Văn phòng Bộ, giữ chức Vụ \
             trưởng Vụ Tổ chức cán bộ.",
            &[
                ("Vũ Hoàng Long", "Chánh Văn phòng Bộ", ""),
                ("Vũ Hoàng Long", "Vụ trưởng Vụ Tổ chức cán bộ", "appointed"),
            ],
        ),
        (
            "a nickname and a year of birth before the post, in brackets",
            "Trần Đức Mạnh (tức Mạnh \"Vinh\", SN 1979, Giám đốc Công ty \
             TNHH Thương mại Minh Phát) bị bắt.",
            &[(
                "Trần Đức Mạnh",
                "Giám đốc Công ty TNHH Thương mại Minh Phát",
                "",
            )],
        ),
        (
            "a given name that is a word, before any verb",
            "Bí thư Tỉnh ủy Phạm Xuân Trường nhắc lại truyền thống.",
            &[("Phạm Xuân Trường", "Bí thư Tỉnh ủy", "")],
        ),
        (
            "a firm by its trade and name",
            "Ông Lê Quang Thịnh, Tổng Giám đốc Thép Kinh Bắc, nhận định thị \
             trường.",
            &[("Lê Quang Thịnh", "Tổng Giám đốc Thép Kinh Bắc", "")],
        ),
        (
            "a post acted for is not the actor's",
            "Thừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Văn An trao \
             Huân chương Lao động hạng Nhì.",
            &[],
        ),
        (
            "a post the Front's committee agrees on",
            "Bà Lê Thị Hoa được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ tỉnh.",
            &[("Lê Thị Hoa", "Chủ tịch Ủy ban MTTQ tỉnh", "elected")],
        ),
        (
            "a post taken away",
            "Ông Trần Văn Bình bị cách chức Chủ tịch UBND huyện.",
            &[("Trần Văn Bình", "Chủ tịch UBND huyện", "dismissed")],
        ),
        (
            "a post kept, by a decision",
            "Ông Trần Văn Bình được chỉ định tiếp tục giữ chức Bí thư Huyện ủy.",
            &[("Trần Văn Bình", "Bí thư Huyện ủy", "appointed")],
        ),
        (
            "a job centre, whose name holds 'việc làm'",
            "Bà Lê Thị Hà, Phó Giám đốc Trung tâm Dịch vụ việc làm Hà Tĩnh, \
             cho biết.",
            &[(
                "Lê Thị Hà",
                "Phó Giám đốc Trung tâm Dịch vụ việc làm Hà Tĩnh",
                "",
            )],
        ),
        (
            "a cashier and a skipper, in lower case",
            "Bà Nguyễn Thị Hoa, thủ quỹ của xã, và ông Lê Văn Tám, thuyền \
             trưởng tàu cá, bị khởi tố.",
            &[
                ("Nguyễn Thị Hoa", "thủ quỹ", ""),
                ("Lê Văn Tám", "thuyền trưởng", ""),
            ],
        ),
    ]);
}

#[test]
fn words_that_qualify_a_post() {
    check(&[
        (
            "full-time, between the post and its body",
            "Ông Đinh Văn Toàn, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh \
             Ninh Bình, cho rằng.",
            &[(
                "Đinh Văn Toàn",
                "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Ninh Bình",
                "",
            )],
        ),
        (
            "in charge of a field: no part of the post",
            "Ông Lê Văn Cường, Phó Chủ tịch phụ trách kinh tế, cho biết.",
            &[("Lê Văn Cường", "Phó Chủ tịch", "")],
        ),
        (
            "an independent member of a board",
            "Bà Trương Ngọc Hân, thành viên HĐQT độc lập, phát biểu.",
            &[("Trương Ngọc Hân", "thành viên HĐQT độc lập", "")],
        ),
    ]);
}

#[test]
fn a_full_name_after_a_body_the_dictionaries_do_not_know() {
    check(&[
        (
            "a national park",
            "Giám đốc Vườn quốc gia Cúc Phương Nguyễn Văn Chính cho biết.",
            &[("Nguyễn Văn Chính", "Giám đốc Vườn quốc gia Cúc Phương", "")],
        ),
        (
            "a theatre named for its city",
            "Giám đốc Nhà hát Lớn Hà Nội Nguyễn Văn Hải cho biết.",
            &[("Nguyễn Văn Hải", "Giám đốc Nhà hát Lớn Hà Nội", "")],
        ),
    ]);
}

#[test]
fn a_post_before_a_name_past_the_body_s_initials_or_the_units_above() {
    check(&[
        (
            "the body's initials in brackets",
            "Chủ tịch Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam \
             (VASEP) Nguyễn Hữu Dũng cho biết.",
            &[(
                "Nguyễn Hữu Dũng",
                "Chủ tịch Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam",
                "",
            )],
        ),
        (
            "the district and the province after the commune",
            "Chủ tịch UBND xã Tân Lập, huyện Sơn Dương, tỉnh Tuyên Quang, \
             ông Nguyễn Văn Tâm, kiểm tra công trình.",
            &[("Nguyễn Văn Tâm", "Chủ tịch UBND xã Tân Lập", "")],
        ),
    ]);
}

#[test]
fn the_one_who_replaces_takes_the_post_and_the_one_replaced_held_it() {
    let got = roles(&extract(
        "Ông Lê Minh Khái được bầu thay ông Nguyễn Văn Thắng giữ chức Bí \
         thư Tỉnh ủy Điện Biên.",
    ));
    let want: Vec<Row> = vec![
        (
            "Lê Minh Khái".into(),
            "Bí thư Tỉnh ủy Điện Biên".into(),
            false,
            "elected".into(),
        ),
        (
            "Nguyễn Văn Thắng".into(),
            "Bí thư Tỉnh ủy Điện Biên".into(),
            true,
            String::new(),
        ),
    ];
    assert_eq!(got, want);
}

#[test]
fn foreign_firms_arms_in_vietnam_and_hyphenated_western_names() {
    check(&[
        (
            "a brand of two words and the country",
            "Ông Kim Jong-won, Tổng Giám đốc Samsung Electronics Việt Nam, \
             làm việc với tỉnh.",
            &[(
                "Kim Jong-won",
                "Tổng Giám đốc Samsung Electronics Việt Nam",
                "",
            )],
        ),
        (
            "a brand with a mark, before the name",
            "Giám đốc Nestlé Việt Nam Binu Jacob cho biết.",
            &[("Binu Jacob", "Giám đốc Nestlé Việt Nam", "")],
        ),
        (
            "a Western given name of two",
            "Ông Frank-Walter Steinmeier, Tổng thống Đức, thăm Việt Nam.",
            &[("Frank-Walter Steinmeier", "Tổng thống Đức", "")],
        ),
    ]);
}

#[test]
fn coaches_and_compound_degrees() {
    check(&[
        (
            "a coach before the name",
            "HLV Kim Sang-sik đã triệu tập 30 cầu thủ.",
            &[("Kim Sang-sik", "HLV", "")],
        ),
        (
            "a head coach of a club",
            "HLV trưởng CLB Thép Xanh Nam Định Vũ Hồng Việt cho biết.",
            &[("Vũ Hồng Việt", "HLV trưởng CLB Thép Xanh Nam Định", "")],
        ),
        (
            "a doctor's degrees joined by dots",
            "PGS.TS.BS Nguyễn Lân Hiếu cho biết.",
            &[("Nguyễn Lân Hiếu", "PGS.TS.BS", "")],
        ),
    ]);
}

#[test]
fn a_post_named_before_its_holder_with_a_copula_and_brands_in_mixed_capitals()
{
    check(&[
        (
            "the post, 'là ông', the name",
            "Chủ tịch UBND tỉnh là ông Phan Huy Ngọc.",
            &[("Phan Huy Ngọc", "Chủ tịch UBND tỉnh", "")],
        ),
        (
            "a bank's brand in mixed capitals",
            "Bà Nguyễn Thị Phương Thảo, Chủ tịch HĐQT HDBank, phát biểu.",
            &[("Nguyễn Thị Phương Thảo", "Chủ tịch HĐQT HDBank", "")],
        ),
    ]);
}

#[test]
fn names_that_hold_a_word_of_posts_korean_names_and_banks_in_mixed_capitals() {
    check(&[
        (
            "a given name that is a word of posts, between names",
            "Ông Lê Trường Sơn, Phó Chủ tịch UBND tỉnh, phát biểu.",
            &[("Lê Trường Sơn", "Phó Chủ tịch UBND tỉnh", "")],
        ),
        (
            "a Korean name after a post",
            "Sáng 13/3, Đại sứ Park Jin-woo thăm khu công nghệ cao.",
            &[("Park Jin-woo", "Đại sứ", "")],
        ),
        (
            "a bank in mixed capitals before its branch",
            "Ông Nguyễn Văn An, Giám đốc HTVBank Chi nhánh Đồng Nai, cho biết.",
            &[("Nguyễn Văn An", "Giám đốc HTVBank", "")],
        ),
    ]);
}

#[test]
fn a_department_joined_by_a_dash_and_a_state_bank_branch() {
    check(&[
        (
            "a department of two fields",
            "Bà Tô Thị Ngọc Dung, Vụ trưởng Vụ Kế hoạch - Tài chính, cho biết.",
            &[("Tô Thị Ngọc Dung", "Vụ trưởng Vụ Kế hoạch - Tài chính", "")],
        ),
        (
            "a province's branch of the State Bank",
            "Theo ông Kha Văn Lợi, Phó Giám đốc Ngân hàng Nhà nước chi nhánh \
             tỉnh Đồng Nai, dư nợ tăng.",
            &[(
                "Kha Văn Lợi",
                "Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Đồng Nai",
                "",
            )],
        ),
    ]);
}

#[test]
fn a_rank_stands_for_the_form_of_address_in_a_list_given_a_post() {
    check(&[(
        "two names, the second after a rank",
        "HĐND tỉnh bầu 2 Ủy viên UBND tỉnh đối với ông Trần Khánh Linh, Giám \
         đốc Sở Tài chính, và Đại tá Bùi Quang Thắng, Giám đốc Công an tỉnh.",
        &[
            ("Trần Khánh Linh", "Ủy viên UBND tỉnh", "elected"),
            ("Trần Khánh Linh", "Giám đốc Sở Tài chính", ""),
            ("Bùi Quang Thắng", "Ủy viên UBND tỉnh", "elected"),
            ("Bùi Quang Thắng", "Đại tá", ""),
            ("Bùi Quang Thắng", "Giám đốc Công an tỉnh", ""),
        ],
    )]);
}

#[test]
fn offices_of_a_hospital_named_after_the_post() {
    check(&[
        (
            "an office ended by a verb of saying",
            "“Ca bệnh rất khó”, ThS.BSCKII Nguyễn Thị Thu Hà, Trưởng khoa Tim \
             mạch can thiệp chia sẻ.",
            &[
                ("Nguyễn Thị Thu Hà", "ThS.BSCKII", ""),
                ("Nguyễn Thị Thu Hà", "Trưởng khoa Tim mạch can thiệp", ""),
            ],
        ),
        (
            "an office of two fields joined by a dash",
            "BSCKI Vi Văn Tuấn, Trưởng khoa Hồi sức tích cực - Chống độc, cho \
             biết.",
            &[
                ("Vi Văn Tuấn", "BSCKI", ""),
                (
                    "Vi Văn Tuấn",
                    "Trưởng khoa Hồi sức tích cực - Chống độc",
                    "",
                ),
            ],
        ),
        (
            "an office of a long name, ended by a verb of judging",
            "Ông Đặng Quang Vinh, Trưởng phòng Khảo thí và Kiểm định chất \
             lượng giáo dục nhận định phổ điểm sát thực tế.",
            &[(
                "Đặng Quang Vinh",
                "Trưởng phòng Khảo thí và Kiểm định chất lượng giáo dục",
                "",
            )],
        ),
    ]);
}

#[test]
fn a_post_given_later_in_the_sentence_that_moves_a_person() {
    check(&[
        (
            "relieved of one post because moved to another",
            "HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông \
             Nguyễn Văn Lực do được Ban Thường vụ Tỉnh ủy điều động, phân \
             công giữ chức Trưởng Ban Tổ chức Tỉnh ủy.",
            &[
                ("Nguyễn Văn Lực", "Phó Chủ tịch UBND tỉnh", "dismissed"),
                ("Nguyễn Văn Lực", "Trưởng Ban Tổ chức Tỉnh ủy", "appointed"),
            ],
        ),
        (
            "a post before a comma is no apposition to a name with its own",
            "Báo cáo với Phó Thủ tướng, ông Nguyễn Tiến Lộc, Giám đốc Sở Giao \
             thông vận tải, cho biết tiến độ đạt 60%.",
            &[("Nguyễn Tiến Lộc", "Giám đốc Sở Giao thông vận tải", "")],
        ),
        (
            "but it is to a name without",
            "Làm việc với Bí thư Tỉnh ủy, ông Nguyễn Văn An cho biết.",
            &[("Nguyễn Văn An", "Bí thư Tỉnh ủy", "")],
        ),
    ]);
    check(&[
        (
            "moved to a body, then named to a post there",
            "Ban Thường vụ Tỉnh ủy điều động đồng chí Đặng Minh Khoa, Giám đốc \
             Sở Tài chính đến nhận công tác tại Ban Tổ chức Tỉnh ủy và chỉ \
             định giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy.",
            &[
                ("Đặng Minh Khoa", "Giám đốc Sở Tài chính", ""),
                (
                    "Đặng Minh Khoa",
                    "Phó Trưởng Ban Tổ chức Tỉnh ủy",
                    "appointed",
                ),
            ],
        ),
        (
            "rotated, then holding a post",
            "Ban Thường vụ luân chuyển đồng chí Nguyễn Thanh Lâm, Chánh Văn \
             phòng UBND tỉnh, đến nhận công tác tại Đảng ủy xã Đức Trọng và \
             giữ chức Bí thư Đảng ủy xã.",
            &[
                ("Nguyễn Thanh Lâm", "Chánh Văn phòng UBND tỉnh", ""),
                ("Nguyễn Thanh Lâm", "Bí thư Đảng ủy xã", "transferred"),
            ],
        ),
    ]);
}

#[test]
fn former_posts_listed_and_the_post_held_now() {
    // (person, title_text, former) of each role stated.
    let rows = |text: &str| -> Vec<(String, String, bool)> {
        roles(&extract(text)).into_iter().map(|r| (r.0, r.1, r.2)).collect()
    };
    let row = |p: &str, t: &str, f: bool| (p.to_string(), t.to_string(), f);
    assert_eq!(
        rows(
            "Ông Lê Văn Tám, từng giữ các chức vụ Bí thư Huyện ủy, Chủ tịch \
             UBND huyện, nay nghỉ hưu."
        ),
        [
            row("Lê Văn Tám", "Bí thư Huyện ủy", true),
            row("Lê Văn Tám", "Chủ tịch UBND huyện", true),
        ]
    );
    assert_eq!(
        rows(
            "Ông Nguyễn Văn Hòa, nguyên Trưởng phòng Quản lý đô thị (nay là \
             Phó Giám đốc Sở Xây dựng), bị khởi tố."
        ),
        [
            row("Nguyễn Văn Hòa", "nguyên Trưởng phòng Quản lý đô thị", true),
            row("Nguyễn Văn Hòa", "Phó Giám đốc Sở Xây dựng", false),
        ]
    );
    // The year of birth between the name and the post.
    assert_eq!(
        rows("Ông Lê Văn Tám sinh năm 1979, nguyên Giám đốc Sở Y tế, bị bắt."),
        [row("Lê Văn Tám", "nguyên Giám đốc Sở Y tế", true)]
    );
}
