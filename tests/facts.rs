//! Targets, results and events end to end.

mod common;

use serde_json::Value;

use self::common::{extract_dated as extract, facts};

fn sample() -> Value {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/samples/thanh-hoa-2023.txt");
    extract(&std::fs::read_to_string(path).unwrap(), "2022-12-28")
}

#[test]
fn targets_of_the_seed_article() {
    let doc = sample();
    let t = facts(&doc, "target");
    let first = t.iter().find(|f| f["indicator"] == "grdp_growth").unwrap();
    assert_eq!(first["comparator"], ">=");
    assert_eq!(first["value"], 11.0);
    assert_eq!(first["unit"], "%");
    assert_eq!(first["period"], "2023");
    assert_eq!(first["place"], "Thanh Hóa");
    assert_eq!(first["status"], "target");
    let income =
        t.iter().find(|f| f["indicator"] == "income_per_capita").unwrap();
    assert_eq!(
        (income["value"].as_f64(), income["unit"].as_str()),
        (Some(3200.0), Some("USD"))
    );
    let budget =
        t.iter().find(|f| f["indicator"] == "budget_revenue").unwrap();
    assert_eq!(budget["comparator"], ">");
    assert_eq!(budget["reference"], "số thực thu của năm 2022");
    assert!(budget.get("value").is_none());
}

/// (text, indicator, comparator, value, unit, status, measure)
const TARGETS: &[(&str, &str, &str, f64, &str, &str, &str)] = &[
    (
        "Kiểm soát lạm phát bình quân dưới 4% trong năm nay.",
        "cpi",
        "<",
        4.0,
        "%",
        "target",
        "level",
    ),
    (
        "Tỉnh đã kiểm soát lạm phát ở mức 3%.",
        "cpi",
        "=",
        3.0,
        "%",
        "result",
        "level",
    ),
    (
        "Tăng trưởng GDP cả năm 6,7%.",
        "gdp_growth",
        "=",
        6.7,
        "%",
        "result",
        "level",
    ),
    (
        "Năm 2016, kim ngạch xuất khẩu đạt 2,5 tỷ USD.",
        "exports",
        "=",
        2.5e9,
        "USD",
        "result",
        "level",
    ),
    (
        "Kim ngạch xuất khẩu tăng 12% so với cùng kỳ.",
        "exports",
        "=",
        12.0,
        "%",
        "result",
        "change",
    ),
    (
        "Tỉnh phấn đấu tỷ lệ hộ nghèo giảm 2% trong năm 2024.",
        "poverty_rate",
        "=",
        -2.0,
        "%",
        "target",
        "change",
    ),
    (
        "Thu ngân sách ước đạt 5.000 tỷ đồng.",
        "budget_revenue",
        "=",
        5e12,
        "VND",
        "estimate",
        "level",
    ),
    (
        "Mục tiêu tỷ lệ che phủ rừng đạt trên 53%.",
        "forest_cover",
        ">",
        53.0,
        "%",
        "target",
        "level",
    ),
    (
        "Tổng vốn đầu tư toàn xã hội khoảng 60.000 tỷ đồng.",
        "social_investment",
        "~",
        6e13,
        "VND",
        "result",
        "level",
    ),
];

#[test]
fn target_table() {
    for &(text, ind, cmp, value, unit, status, measure) in TARGETS {
        let doc = extract(text, "2024-03-01");
        let t = facts(&doc, "target");
        let f = t
            .iter()
            .find(|f| f["indicator"] == ind)
            .unwrap_or_else(|| panic!("{text:?}: no {ind} in {t:#?}"));
        assert_eq!(f["comparator"], cmp, "{text:?}");
        assert_eq!(f["value"].as_f64(), Some(value), "{text:?}");
        assert_eq!(f["unit"], unit, "{text:?}");
        assert_eq!(f["status"], status, "{text:?}");
        assert_eq!(f["measure"], measure, "{text:?}");
    }
}

#[test]
fn upper_bounds_are_figures_only_as_a_plan_sets_them() {
    // A plan sets the bound, whatever the indicator.
    let doc = extract("Phấn đấu tỷ lệ nợ xấu dưới 3%.", "2024-03-01");
    let t = facts(&doc, "target");
    let got: Vec<(&str, f64, &str)> = t
        .iter()
        .map(|f| {
            let cmp = f["comparator"].as_str().unwrap();
            (cmp, f["value"].as_f64().unwrap(), f["status"].as_str().unwrap())
        })
        .collect();
    assert_eq!(got, [("<", 3.0, "target")], "{t:#?}");
    // A bound of a rule or of a class is no figure, and no fact is left
    // with a reference and no value.
    for text in [
        "Tỷ lệ thất nghiệp ở khu vực thành thị không quá 3%.",
        "HTX được vay tín chấp tối đa 500 triệu đồng.",
        "Trẻ em dưới 5 tuổi được tiêm miễn phí.",
    ] {
        let doc = extract(text, "2024-03-01");
        assert!(facts(&doc, "target").is_empty(), "{text}: {doc}");
    }
}

#[test]
fn a_figure_for_a_later_year_than_the_document_s_is_no_result() {
    let text = "Đến năm 2030, thu nhập bình quân đầu người đạt 12.000 USD.";
    let doc = extract(text, "2024-03-01");
    let t = facts(&doc, "target");
    assert_eq!(t.len(), 1, "{t:#?}");
    assert_eq!(t[0]["status"], "target");
    assert_eq!(t[0]["period"], "2030");
    // A year gone by keeps its result.
    let doc = extract("Năm 2023, GRDP tăng 7,2%.", "2024-03-01");
    assert_eq!(facts(&doc, "target")[0]["status"], "result");
}

#[test]
fn delegates_residents_and_shifts_are_no_figures() {
    for text in [
        "Đại hội có 350 đại biểu chính thức tham dự.",
        "Nghị quyết được 76/78 đại biểu có mặt tán thành.",
        "Hiện có hơn 5.000 người Hàn Quốc sinh sống tại Đà Nẵng.",
        "Nhà thầu thi công 3 ca, 4 kíp.",
    ] {
        let doc = extract(text, "2024-03-01");
        assert!(facts(&doc, "target").is_empty(), "{text}: {doc}");
    }
}

#[test]
fn shares_of_a_plan_are_stated_against_it() {
    let doc = extract(
        "Thu ngân sách đạt 4.000 tỷ đồng, bằng 105% dự toán.",
        "2024-03-01",
    );
    let t = facts(&doc, "target");
    let got: Vec<(f64, Option<&str>)> = t
        .iter()
        .map(|f| (f["value"].as_f64().unwrap(), f["reference"].as_str()))
        .collect();
    assert_eq!(got, [(4e12, None), (105.0, Some("dự toán"))]);
}

#[test]
fn the_event_of_the_seed_article() {
    let doc = sample();
    let e = facts(&doc, "event");
    assert_eq!(e.len(), 1);
    let e = e[0];
    assert_eq!(e["kind"], "hội nghị");
    assert!(
        e["name"]
            .as_str()
            .unwrap()
            .starts_with("Hội nghị trực tuyến toàn tỉnh")
    );
    assert_eq!(e["date"], "2022-12-28");
    assert_eq!(e["organizer"], "Ủy ban nhân dân tỉnh Thanh Hóa");
    assert_eq!(e["chair"][0]["person"], "Đỗ Minh Tuấn");
    assert_eq!(e["attending"][0]["person"], "Đỗ Trọng Hưng");
    assert_eq!(e["attending"][0]["role"], "dự và chỉ đạo");
    assert_eq!(e["venues"][0], "Mường Lát");
    assert_eq!(
        e["motto"],
        "Đoàn kết - kỷ cương - trách nhiệm - linh hoạt - hiệu quả"
    );
}

/// Event nouns are matched by the dictionaries: in any case, without
/// diacritics, and not inside a place's name.
#[test]
fn event_nouns_of_the_dictionaries() {
    let kind = |text: &str| {
        let doc = extract(text, "2023-01-05");
        facts(&doc, "event").first().map(|e| e["kind"].to_string())
    };
    assert_eq!(
        kind("Sáng 5-1, UBND tỉnh tổ chức Hội nghị tổng kết năm.").as_deref(),
        Some("\"hội nghị\"")
    );
    assert_eq!(
        kind("Sang 5-1, UBND tinh to chuc hoi nghi tong ket nam.").as_deref(),
        Some("\"hội nghị\"")
    );
    assert_eq!(kind("Nhà máy đặt tại KCN Tri Lễ, huyện Anh Sơn."), None);
}

#[test]
fn the_year_compared_with_is_no_period() {
    for (text, period) in [
        ("Tỷ lệ hộ nghèo giảm 1,5% so với năm trước.", "2023"),
        ("Năm 2024, GRDP tăng 7% so với năm 2023.", "2024"),
        ("Thu ngân sách tăng 9% so với cùng kỳ năm 2022.", "2023"),
    ] {
        let doc = extract(text, "2023-12-28");
        let t = facts(&doc, "target");
        assert_eq!(t.len(), 1, "{text}");
        assert_eq!(t[0]["period"], period, "{text}");
    }
}

#[test]
fn an_event_reported_in_the_first_paragraph_and_its_part_takers() {
    let text = "Sáng 15/11, đồng chí Nguyễn Văn Hải, Bí thư Tỉnh ủy chủ trì \
                hội nghị Ban Chấp hành Đảng bộ tỉnh.\n\nDự hội nghị có các \
                đồng chí: Lê Văn Bình, Chủ tịch UBND tỉnh; Trần Thị Mai, \
                Phó Bí thư Tỉnh ủy.\n\nChiều cùng ngày, UBND tỉnh tổ chức \
                phiên họp thường kỳ do Chủ tịch UBND tỉnh Lê Văn Bình chủ trì.";
    let doc = extract(text, "2023-11-16");
    let events = facts(&doc, "event");
    assert_eq!(events.len(), 1);
    let e = events[0];
    // The first line ends with a full stop: no headline, the report.
    assert_eq!(e["date"], "2023-11-15");
    let names = |k: &str| -> Vec<(String, String)> {
        e[k].as_array()
            .map(|a| {
                a.iter()
                    .map(|p| {
                        let s = |f: &str| p[f].as_str().unwrap().to_string();
                        (s("person"), s("role"))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    // The later meeting is another event: its chair is not this one's.
    assert_eq!(names("chair"), [("Nguyễn Văn Hải".into(), "chủ trì".into())]);
    assert_eq!(
        names("attending"),
        [
            ("Lê Văn Bình".to_string(), "dự".to_string()),
            ("Trần Thị Mai".to_string(), "dự".to_string())
        ]
    );
}
