//! Quantities: amounts, money, percentages, measures, counts and
//! ordinals, read from the canonical view.
//!
//! [`find`] scans the text once. A quantity starts at a digit, at a
//! number word ("hai", "mười", "năm" before a scale word) or at "thứ"
//! (an ordinal). From there it reads:
//!
//! - before the number: qualifiers, "khoảng", "gần", "xấp xỉ", "chừng",
//!   "trên dưới" (`approx`); "hơn", "trên", "vượt", "cao hơn" (`>`);
//!   "ít nhất", "tối thiểu", "không dưới" (`>=`); "dưới", "ít hơn",
//!   "không tới" (`<`); "không quá", "tối đa", "không hơn" (`<=`); "từ"
//!   (kept when a range or "trở lên" follows); a sign ("-", "+", "âm");
//!   a currency written first ("$10", "USD 500", "₫1000");
//! - the amount: digits as Vietnamese writes them ("3.200", "1,5"; see
//!   [`number::decimal`]; a lone "1.5" is read as a decimal and flagged
//!   `ambiguous`), number words ([`number::spelled`]), scale words and
//!   their compounds ("1,2 triệu", "1 tỷ 200 triệu", "1 nghìn tỷ", "2
//!   triệu rưỡi"), "10K", "3M";
//! - the unit: "%", "phần trăm", "điểm phần trăm" (`percentage_point`), a
//!   currency (as its ISO 4217 code: "đồng", "VNĐ", "đ", "₫" are `VND`,
//!   "USD", "đô la", "$" `USD`, …), a measure ("ha", "tấn", "MW",
//!   "lít") or a counted noun ("người", "hộ", "lượt khách", "doanh
//!   nghiệp"), with a rate ("đồng/người", "USD/tấn": `per`) and "trở lên"
//!   (`>=`) or "trở xuống" (`<=`) after it;
//! - a range: "5-7%", "từ 5 đến 7%", "56.000 - 61.000 tỷ đồng"; the
//!   lower bound takes the unit and scale of the upper one;
//! - a part of a whole: "404/495 tiêu chí" is 404 `tiêu chí`, and
//!   "923,835/1.010 tỷ đồng" 923,835 tỷ đồng: the part is the amount, in
//!   the scale and unit written after the total, and the total is not
//!   kept; it needs that unit or scale ("65/67" alone is none), and the
//!   part may not exceed the total. "12 vạn tấn/tổng sản lượng …" is a
//!   part of a total too, not a rate.
//!
//! Values are in base units: "2.500 tỷ đồng" is 2.5×10¹² `VND`, "150
//! nghìn tấn" 150 000 `tấn`, "11%" 11 `%`.
//!
//! What is no quantity: dates and times ("28-12", "năm 2023", "tháng 6",
//! "quý 1", "8 giờ 30", "8h30"), durations ("5 năm", "3 tháng"), phone
//! numbers ("0912.345.678", "0237 3852 123"), codes and document numbers
//! ("30/2020/NĐ-CP", "Covid-19", "QL1A"), version strings ("1.2.3"),
//! numbers that name rather than count ("Nghị định 136", "khu 6", "tuyến
//! số 2", "Phú Mỹ 1") and vague amounts ("hàng chục nghìn", "vài trăm").
//! A bare number with no unit is a `count` where a noun follows it ("8
//! nhóm nhiệm vụ"), where a scale word makes it an amount ("211 tỷ"), or
//! where it stands alone on its line; otherwise it is left out.
//!
//! # Example
//!
//! ```
//! use vnextract::recognize::quantity::find;
//!
//! let text = "GRDP đạt 11% trở lên, thu nhập đạt 3.200 USD/người.";
//! let q = find(text, &[]);
//! assert_eq!(q.len(), 2);
//! assert_eq!(&text[q[0].norm.clone()], "11% trở lên");
//! assert_eq!((q[0].kind, q[0].value, q[0].comparator), ("percent", Some(11.0), Some(">=")));
//! assert_eq!((q[1].value, q[1].unit.as_deref()), (Some(3200.0), Some("USD")));
//! assert_eq!(q[1].per.as_deref(), Some("người"));
//! ```

use std::ops::Range;
use std::sync::LazyLock;

use super::number::{self, Decimal, NumWord};
use crate::hash::{FxHashMap, FxHashSet};
use crate::normalize::{is_word_char, lower_first, lower_word};

/// A quantity found in the canonical view.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityMatch {
    /// Range in the canonical view.
    pub norm: Range<usize>,
    /// `percent`, `percentage_point`, `money`, `measure`, `count`,
    /// `ordinal`, `number`.
    pub kind: &'static str,
    /// The value in base units.
    pub value: Option<f64>,
    /// Lower bound of a range.
    pub min: Option<f64>,
    /// Upper bound of a range.
    pub max: Option<f64>,
    /// ISO 4217 code, `%`, or the Vietnamese unit word.
    pub unit: Option<String>,
    /// Whether the number syntax allowed another reading.
    pub ambiguous: bool,
    /// "khoảng", "gần", "xấp xỉ", "trên dưới".
    pub approx: bool,
    /// `>`, `>=`, `<`, `<=` from "hơn", "trở lên", "dưới", "tối đa", …
    pub comparator: Option<&'static str>,
    /// The denominator of a rate: "người" in "500 nghìn đồng/người".
    pub per: Option<String>,
}

/// The quantities of `text` (the canonical view), leaving out what lies in
/// `exclude` (dates, times and codes found by other recognizers).
pub fn find(text: &str, exclude: &[Range<usize>]) -> Vec<QuantityMatch> {
    let mut exclude = exclude.to_vec();
    exclude.sort_unstable_by_key(|r| r.start);
    let mut scan = Scan {
        t: Txt::new(text),
        exclude,
        // News holds an amount every few hundred bytes.
        out: Vec::with_capacity(text.len() / 256 + 4),
        floor: 0,
    };
    scan.run();
    scan.out
}

// ---------------------------------------------------------------------
// Lexicons (lower case, official tone placement as the canonical view
// writes it).

/// A unit read after a number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum U {
    /// A currency: its ISO 4217 code and the power of ten of the unit
    /// ("cent": -2).
    Money(&'static str, i32),
    /// "%", "phần trăm".
    Percent,
    /// "điểm phần trăm", "điểm %".
    Point,
    /// A measure or a counted noun (the unit as it is reported), and
    /// whether it is physical ("ha", "tấn"), as opposed to counted
    /// ("người").
    Measure(&'static str, bool),
}

/// May be written glued to the number: "147km", "50.000đ".
const GLUED: u8 = 1;
/// The first word matches with its case: "m" (not "M"), "MW".
const EXACT: u8 = 2;
/// Only where no word, or a function word, follows: "điểm", "bậc".
const TAIL: u8 = 4;

const fn money(code: &'static str) -> U {
    U::Money(code, 0)
}

/// The currency a word or words in lower case name ("baht", "đô la mỹ",
/// "cent"), as its ISO 4217 code and the power of ten of the unit.
pub fn currency(unit: &str) -> Option<(&'static str, i32)> {
    UNITS.iter().find_map(|(w, u, _, _)| match u {
        U::Money(code, exp) if *w == unit => Some((*code, *exp)),
        _ => None,
    })
}
const fn phys(unit: &'static str) -> U {
    U::Measure(unit, true)
}
const fn noun(unit: &'static str) -> U {
    U::Measure(unit, false)
}

/// Words after "đồng" that make it no currency: "5 đồng chí".
const NOT_DONG: &[&str] = &[
    "chí", "bào", "bằng", "thời", "ý", "hồ", "nghiệp", "hương", "đội", "minh",
    "phạm", "lòng", "bộ", "cỏ", "ruộng", "lúa", "muối", "chủ", "tác", "tâm",
    "hành", "cảm", "đều", "loạt", "nhất", "thuận", "tình", "dạng", "cấp",
    "khởi", "hóa", "vọng", "môn", "niên", "điệu", "ca",
];
const NOT_CON: &[&str] = &[
    "số",
    "đường",
    "người",
    "dấu",
    "mắt",
    "tàu",
    "chữ",
    "thuyền",
    "đê",
    "sông",
    "kênh",
    "suối",
    "phố",
    "hẻm",
    "em",
    "cháu",
    "trai",
    "gái",
    "cái",
    "đập",
    "dốc",
    "tem",
];

/// Units: (words, unit, flags, words after it that veto it).
#[rustfmt::skip]
const UNITS: &[(&str, U, u8, &[&str])] = &[
    // Money.
    ("đồng", money("VND"), GLUED, NOT_DONG),
    ("vnđ", money("VND"), GLUED, &[]),
    ("vnd", money("VND"), GLUED, &[]),
    ("đ", money("VND"), GLUED, &[]),
    ("usd", money("USD"), GLUED, &[]),
    ("đô la", money("USD"), 0, &[]),
    ("đô la mỹ", money("USD"), 0, &[]),
    ("đôla", money("USD"), 0, &[]),
    ("đô mỹ", money("USD"), 0, &[]),
    ("đô", money("USD"), 0, &["thị", "đốc", "vật", "con"]),
    ("mỹ kim", money("USD"), 0, &[]),
    ("cent", U::Money("USD", -2), 0, &[]),
    ("cents", U::Money("USD", -2), 0, &[]),
    ("euro", money("EUR"), 0, &[]),
    ("euros", money("EUR"), 0, &[]),
    ("eur", money("EUR"), GLUED, &[]),
    ("yên", money("JPY"), 0, &["tâm", "ổn", "bình", "lặng", "vui", "ả", "giấc", "ấm"]),
    ("yên nhật", money("JPY"), 0, &[]),
    ("jpy", money("JPY"), GLUED, &[]),
    ("nhân dân tệ", money("CNY"), 0, &[]),
    ("ndt", money("CNY"), 0, &[]),
    ("cny", money("CNY"), GLUED, &[]),
    ("rmb", money("CNY"), 0, &[]),
    ("bảng anh", money("GBP"), 0, &[]),
    ("gbp", money("GBP"), GLUED, &[]),
    ("pounds", money("GBP"), 0, &[]),
    ("pound", money("GBP"), 0, &[]),
    ("won", money("KRW"), 0, &[]),
    ("krw", money("KRW"), 0, &[]),
    ("baht", money("THB"), 0, &[]),
    ("bạt", money("THB"), 0, &[]),
    ("thb", money("THB"), 0, &[]),
    ("rúp", money("RUB"), 0, &[]),
    ("rub", money("RUB"), 0, &[]),
    ("rupees", money("INR"), 0, &[]),
    ("rupee", money("INR"), 0, &[]),
    ("rs", money("INR"), GLUED, &[]),
    ("inr", money("INR"), GLUED, &[]),
    ("aed", money("AED"), 0, &[]),
    ("dirham", money("AED"), 0, &[]),
    ("sgd", money("SGD"), 0, &[]),
    ("đô la singapore", money("SGD"), 0, &[]),
    ("aud", money("AUD"), 0, &[]),
    ("đô la úc", money("AUD"), 0, &[]),
    ("hkd", money("HKD"), 0, &[]),
    ("đô la hồng kông", money("HKD"), 0, &[]),
    ("cad", money("CAD"), 0, &[]),
    ("đô la canada", money("CAD"), 0, &[]),
    ("twd", money("TWD"), 0, &[]),
    ("đô la đài loan", money("TWD"), 0, &[]),
    ("nzd", money("NZD"), 0, &[]),
    ("ringgit", money("MYR"), 0, &[]),
    ("myr", money("MYR"), 0, &[]),
    ("rupiah", money("IDR"), 0, &[]),
    ("idr", money("IDR"), 0, &[]),
    // "kíp" alone is most often a shift ("3 ca, 4 kíp").
    ("kíp lào", money("LAK"), 0, &[]),
    ("lak", money("LAK"), 0, &[]),
    ("riel", money("KHR"), 0, &[]),
    ("khr", money("KHR"), 0, &[]),
    ("chf", money("CHF"), 0, &[]),
    ("franc thụy sĩ", money("CHF"), 0, &[]),
    // Percentages.
    ("phần trăm", U::Percent, 0, &[]),
    ("điểm phần trăm", U::Point, 0, &[]),
    // Physical measures.
    ("ha", phys("ha"), GLUED | EXACT, &[]),
    ("hecta", phys("ha"), 0, &[]),
    ("hécta", phys("ha"), 0, &[]),
    ("héc ta", phys("ha"), 0, &[]),
    ("km", phys("km"), GLUED | EXACT, &[]),
    ("km2", phys("km2"), GLUED | EXACT, &[]),
    ("km²", phys("km2"), GLUED | EXACT, &[]),
    ("m", phys("m"), GLUED | EXACT, &[]),
    ("m2", phys("m2"), GLUED | EXACT, &[]),
    ("m²", phys("m2"), GLUED | EXACT, &[]),
    ("m3", phys("m3"), GLUED | EXACT, &[]),
    ("m³", phys("m3"), GLUED | EXACT, &[]),
    ("cm", phys("cm"), GLUED | EXACT, &[]),
    ("mm", phys("mm"), GLUED | EXACT, &[]),
    ("mét", phys("m"), 0, &[]),
    ("mét vuông", phys("m2"), 0, &[]),
    ("mét khối", phys("m3"), 0, &[]),
    ("kg", phys("kg"), GLUED | EXACT, &[]),
    ("tấn", phys("tấn"), GLUED, &["công"]),
    ("tạ", phys("tạ"), 0, &[]),
    ("lít", phys("lít"), GLUED, &[]),
    ("ml", phys("ml"), GLUED | EXACT, &[]),
    ("MW", phys("MW"), GLUED | EXACT, &[]),
    ("kW", phys("kW"), GLUED | EXACT, &[]),
    ("kWh", phys("kWh"), GLUED | EXACT, &[]),
    ("GW", phys("GW"), GLUED | EXACT, &[]),
    ("MWh", phys("MWh"), GLUED | EXACT, &[]),
    ("GWh", phys("GWh"), GLUED | EXACT, &[]),
    ("TWh", phys("TWh"), GLUED | EXACT, &[]),
    ("kV", phys("kV"), GLUED | EXACT, &[]),
    ("MVA", phys("MVA"), GLUED | EXACT, &[]),
    ("TEU", phys("TEU"), GLUED | EXACT, &[]),
    ("thùng", phys("thùng"), 0, &[]),
    ("sào", phys("sào"), 0, &[]),
    ("mẫu", phys("mẫu"), 0, &["giáo", "mực", "hình", "số", "đơn", "mã"]),
    ("độ c", phys("°C"), 0, &[]),
    ("tuổi", phys("tuổi"), 0, &[]),
    ("lần", phys("lần"), 0, &[]),
    ("điểm", phys("điểm"), TAIL, &[]),
    ("bậc", phys("bậc"), TAIL, &[]),
    // Counted nouns.
    ("người", noun("người"), 0, &[]),
    ("dân", noun("người"), 0, &["tộc", "sự", "chủ", "cư", "số", "trí", "vận", "quân", "dụng", "sinh", "gian", "ca"]),
    ("hộ", noun("hộ"), 0, &["chiếu", "khẩu", "lý", "sinh", "tịch", "tống", "trợ", "vệ", "đê"]),
    ("hộ dân", noun("hộ"), 0, &[]),
    ("hộ gia đình", noun("hộ"), 0, &[]),
    ("hộ nghèo", noun("hộ nghèo"), 0, &[]),
    ("hộ cận nghèo", noun("hộ cận nghèo"), 0, &[]),
    ("lượt", noun("lượt"), 0, &[]),
    ("lượt khách", noun("lượt khách"), 0, &[]),
    ("lượt du khách", noun("lượt khách"), 0, &[]),
    ("lượt người", noun("lượt người"), 0, &[]),
    ("du khách", noun("du khách"), 0, &[]),
    ("khách", noun("khách"), 0, &["sạn", "hàng", "quan", "mời", "thể"]),
    ("doanh nghiệp", noun("doanh nghiệp"), 0, &[]),
    ("DN", noun("doanh nghiệp"), EXACT, &[]),
    ("dự án", noun("dự án"), 0, &[]),
    ("công trình", noun("công trình"), 0, &[]),
    ("hạng mục", noun("hạng mục"), 0, &[]),
    ("xã", noun("xã"), 0, &["hội"]),
    ("phường", noun("phường"), 0, &[]),
    ("quận", noun("quận"), 0, &["ủy", "đoàn", "đội"]),
    ("thị trấn", noun("thị trấn"), 0, &[]),
    ("huyện", noun("huyện"), 0, &["ủy", "đoàn", "lộ", "đội"]),
    ("tỉnh", noun("tỉnh"), 0, &["ủy", "đoàn", "lộ", "đội"]),
    ("thành phố", noun("thành phố"), 0, &[]),
    ("TP", noun("thành phố"), EXACT, &[]),
    ("thôn", noun("thôn"), 0, &[]),
    ("làng", noun("làng"), 0, &["nghề"]),
    ("trường", noun("trường"), 0, &["đại", "hợp", "sa"]),
    ("trường học", noun("trường"), 0, &[]),
    ("học sinh", noun("học sinh"), 0, &[]),
    ("sinh viên", noun("sinh viên"), 0, &[]),
    ("giáo viên", noun("giáo viên"), 0, &[]),
    ("căn hộ", noun("căn hộ"), 0, &[]),
    ("căn nhà", noun("căn nhà"), 0, &[]),
    ("căn", noun("căn"), 0, &["cứ", "bản", "nguyên", "bệnh", "cước", "hộ", "nhà"]),
    ("ngôi nhà", noun("ngôi nhà"), 0, &[]),
    // Houses ("80 nhà dân bị hư hỏng", "12 nhà bị sập"); not the nouns
    // "nhà" opens ("5 nhà thầu", "3 nhà khoa học").
    ("nhà", noun("nhà"), 0, &["máy", "đầu", "văn", "thầu", "khoa", "nước", "hàng", "báo", "cung", "mạng", "trường", "sản", "tài", "xuất", "nhập", "kho", "xưởng", "vườn", "giáo", "thờ", "hát", "ga", "quản", "lãnh", "thuốc", "tù", "nghỉ", "khách", "đài", "nông", "chùa", "thiết", "phân", "điều", "bán", "phát", "vô", "ngoại", "chiến", "tuyển"]),
    ("nhà máy", noun("nhà máy"), 0, &[]),
    ("nhà đầu tư", noun("nhà đầu tư"), 0, &[]),
    ("lao động", noun("lao động"), 0, &[]),
    ("việc làm", noun("việc làm"), 0, &[]),
    ("cán bộ", noun("cán bộ"), 0, &[]),
    ("công chức", noun("công chức"), 0, &[]),
    ("viên chức", noun("viên chức"), 0, &[]),
    ("đảng viên", noun("đảng viên"), 0, &[]),
    ("hội viên", noun("hội viên"), 0, &[]),
    ("đoàn viên", noun("đoàn viên"), 0, &[]),
    ("thành viên", noun("thành viên"), 0, &[]),
    ("bệnh nhân", noun("bệnh nhân"), 0, &[]),
    ("bác sĩ", noun("bác sĩ"), 0, &[]),
    ("điều dưỡng", noun("điều dưỡng"), 0, &[]),
    ("nhân viên y tế", noun("nhân viên y tế"), 0, &[]),
    ("bệnh viện", noun("bệnh viện"), 0, &[]),
    ("trạm y tế", noun("trạm y tế"), 0, &[]),
    ("khách sạn", noun("khách sạn"), 0, &[]),
    ("cầu thủ", noun("cầu thủ"), 0, &[]),
    ("vận động viên", noun("vận động viên"), 0, &[]),
    ("VĐV", noun("VĐV"), EXACT, &[]),
    ("huấn luyện viên", noun("huấn luyện viên"), 0, &[]),
    ("HLV", noun("HLV"), EXACT, &[]),
    ("phản ánh", noun("phản ánh"), 0, &[]),
    ("ca", noun("ca"), 0, &["sĩ", "khúc", "dao", "ngợi", "hát", "nô", "trù"]),
    ("trường hợp", noun("trường hợp"), 0, &[]),
    ("vụ", noun("vụ"), 0, &["trưởng"]),
    ("vụ việc", noun("vụ việc"), 0, &[]),
    ("khu đất", noun("khu đất"), 0, &[]),
    ("tin báo", noun("tin báo"), 0, &[]),
    ("phiên tòa", noun("phiên tòa"), 0, &[]),
    ("vụ án", noun("vụ án"), 0, &[]),
    ("đối tượng", noun("đối tượng"), 0, &[]),
    ("bị can", noun("bị can"), 0, &[]),
    ("xe", noun("xe"), 0, &[]),
    ("ô tô", noun("ô tô"), 0, &[]),
    ("xe máy", noun("xe máy"), 0, &[]),
    ("phương tiện", noun("phương tiện"), 0, &[]),
    ("tàu", noun("tàu"), 0, &["bay", "ngầm"]),
    ("tàu cá", noun("tàu cá"), 0, &[]),
    ("tàu thuyền", noun("tàu thuyền"), 0, &[]),
    ("bị cáo", noun("bị cáo"), 0, &[]),
    ("bị hại", noun("bị hại"), 0, &[]),
    ("con", noun("con"), 0, NOT_CON),
    ("cây", noun("cây"), 0, &["số", "cầu", "bút", "đàn", "súng", "xăng"]),
    ("cây xanh", noun("cây xanh"), 0, &[]),
    ("cơ sở", noun("cơ sở"), 0, &["hạ", "dữ", "pháp", "vật"]),
    ("đơn vị", noun("đơn vị"), 0, &[]),
    ("hợp tác xã", noun("hợp tác xã"), 0, &[]),
    ("HTX", noun("hợp tác xã"), EXACT, &[]),
    ("sản phẩm", noun("sản phẩm"), 0, &[]),
    ("khu công nghiệp", noun("khu công nghiệp"), 0, &[]),
    ("KCN", noun("khu công nghiệp"), EXACT, &[]),
    ("cụm công nghiệp", noun("cụm công nghiệp"), 0, &[]),
    ("CCN", noun("cụm công nghiệp"), EXACT, &[]),
    ("bệnh viện", noun("bệnh viện"), 0, &[]),
    ("giường bệnh", noun("giường bệnh"), 0, &[]),
    ("trạm y tế", noun("trạm y tế"), 0, &[]),
    ("hồ sơ", noun("hồ sơ"), 0, &[]),
    ("thủ tục", noun("thủ tục"), 0, &[]),
    ("văn bản", noun("văn bản"), 0, &[]),
    ("đơn", noun("đơn"), 0, &["giá", "giản", "thuần", "độc", "lẻ", "vị", "phương", "sơ"]),
    ("đơn thư", noun("đơn thư"), 0, &[]),
    ("cuộc", noun("cuộc"), 0, &["sống", "đời", "chiến"]),
    ("tiêu chí", noun("tiêu chí"), 0, &[]),
    ("chỉ tiêu", noun("chỉ tiêu"), 0, &[]),
    ("nhiệm vụ", noun("nhiệm vụ"), 0, &[]),
    ("đại biểu", noun("đại biểu"), 0, &[]),
    ("thí sinh", noun("thí sinh"), 0, &[]),
    ("vận động viên", noun("vận động viên"), 0, &[]),
    ("chuyên gia", noun("chuyên gia"), 0, &[]),
    ("hợp đồng", noun("hợp đồng"), 0, &[]),
    ("giấy phép", noun("giấy phép"), 0, &[]),
    ("chuyến", noun("chuyến"), 0, &["bay"]),
    ("chuyến bay", noun("chuyến bay"), 0, &[]),
    ("suất", noun("suất"), 0, &[]),
    ("suất quà", noun("suất quà"), 0, &[]),
    ("quốc gia", noun("quốc gia"), 0, &[]),
    ("gia đình", noun("gia đình"), 0, &[]),
];

/// One unit of [`UNITS`], its words split.
#[derive(Debug)]
struct Entry {
    words: Vec<&'static str>,
    unit: U,
    flags: u8,
    not_before: &'static [&'static str],
}

/// [`UNITS`] by their first word in lower case, longest first.
static LEXICON: LazyLock<FxHashMap<String, Vec<Entry>>> =
    LazyLock::new(|| {
        let mut map: FxHashMap<String, Vec<Entry>> = FxHashMap::default();
        for &(words, unit, flags, not_before) in UNITS {
            let words: Vec<&'static str> = words.split(' ').collect();
            map.entry(words[0].to_lowercase()).or_default().push(Entry {
                words,
                unit,
                flags,
                not_before,
            });
        }
        for entries in map.values_mut() {
            entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        }
        map
    });

/// Time words: a number before them is a date or a duration.
fn is_time(w: &str) -> bool {
    matches!(
        w,
        "năm"
            | "tháng"
            | "ngày"
            | "tuần"
            | "giờ"
            | "phút"
            | "giây"
            | "quý"
            | "thập"
            | "thế"
            | "đêm"
            | "buổi"
            | "tiếng"
            | "h"
    )
}

/// Words that, right after a bare number, show it counts nothing: "1
/// trong 10", "Điều 5 của".
fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "là" | "của"
            | "và"
            | "với"
            | "thì"
            | "mà"
            | "đã"
            | "đang"
            | "sẽ"
            | "được"
            | "bị"
            | "cho"
            | "trong"
            | "tại"
            | "ở"
            | "đến"
            | "tới"
            | "từ"
            | "so"
            | "nên"
            | "nhưng"
            | "hay"
            | "hoặc"
            | "này"
            | "đó"
            | "kia"
            | "mới"
            | "cũng"
            | "vẫn"
            | "còn"
            | "có"
            | "không"
            | "chưa"
            | "theo"
            | "về"
            | "để"
            | "vào"
            | "ra"
            | "lên"
            | "xuống"
            | "trên"
            | "dưới"
            | "sau"
            | "trước"
            | "khi"
            | "nếu"
            | "vì"
            | "do"
            | "bởi"
            | "tăng"
            | "giảm"
            | "đạt"
            | "gồm"
            | "nhằm"
            | "rồi"
            | "thuộc"
            | "cùng"
            | "như"
            | "bằng"
            | "gấp"
            | "hơn"
            | "nhất"
            | "nữa"
            | "đây"
            | "ấy"
            | "thôi"
            | "luôn"
            | "đều"
            | "phải"
            | "cần"
            | "nay"
            | "qua"
            | "lại"
            | "trở"
            | "hết"
            | "ngoài"
            | "giữa"
            | "bên"
            | "kể"
            | "tính"
            | "gần"
            | "khoảng"
            | "tức"
            | "chiếm"
            | "đi"
            | "mất"
            | "xong"
            | "chứ"
            | "vậy"
            | "thế"
            | "lẻ"
            | "rưỡi"
            | "thứ"
            | "ạ"
            | "nhé"
            | "đối"
            | "tuy"
            | "song"
            | "riêng"
            | "chỉ"
            | "hiện"
            | "vừa"
            | "đồng"
            | "số"
            | "làm"
            | "đ"
    )
}

/// Words right before a number that make it a date or a time: "năm
/// 2023", "tháng 6", "quý 1", "Sáng 23.6", "lúc 8".
fn is_date_before(w: &str) -> bool {
    matches!(
        w,
        "năm"
            | "tháng"
            | "ngày"
            | "quý"
            | "mùng"
            | "mồng"
            | "hôm"
            | "sáng"
            | "chiều"
            | "trưa"
            | "tối"
            | "đêm"
            | "thứ"
            | "lúc"
            | "giờ"
            | "khóa"
            | "niên"
    )
}

/// Second syllables of documents' names, with the first syllables that
/// make them one ("Thông tư", "Nghị quyết").
const DOCUMENT_SECOND: &[(&str, &[&str])] = &[
    ("tư", &["thông"]),
    ("quyết", &["nghị"]),
    ("định", &["quyết", "nghị"]),
    ("thị", &["chỉ"]),
    ("hoạch", &["kế"]),
    ("luận", &["kết"]),
];

/// Words right before a number that make it a name or an identifier:
/// "số 5", "khu 6", "tuyến 2", "lần 2", "Km 947".
fn is_id_before(w: &str) -> bool {
    matches!(
        w,
        "số" | "khu"
            | "tuyến"
            | "lô"
            | "ấp"
            | "tổ"
            | "khóm"
            | "thôn"
            | "xóm"
            | "bản"
            | "đội"
            | "phòng"
            | "tầng"
            | "lớp"
            | "khối"
            | "hạng"
            | "nhóm"
            | "đợt"
            | "vòng"
            | "phiên"
            | "kỳ"
            | "lần"
            | "bước"
            | "cửa"
            | "cổng"
            | "nhà"
            | "căn"
            | "tòa"
            | "km"
            | "quận"
            | "phường"
            | "điều"
            | "khoản"
            | "mục"
            | "chương"
            | "phần"
            | "bảng"
            | "hình"
            | "trang"
            | "kênh"
            | "đường"
            | "phố"
            | "ngõ"
            | "ngách"
            | "hẻm"
            | "kiệt"
            | "ga"
            | "bến"
            | "trạm"
            | "ô"
            | "thửa"
            | "tờ"
            | "luật"
            | "mẫu"
            | "biểu"
            | "mã"
            | "hiệu"
            | "cụm"
            | "lộ"
            | "đoạn"
            | "ương"
            | "định"
            | "quyết"
            | "tư"
            | "thị"
            | "hoạch"
            | "trình"
            | "luận"
            | "án"
            | "viện"
            | "đoàn"
            | "lục"
            | "vực"
            | "sở"
            | "lệnh"
            | "model"
            | "version"
            | "top"
            | "tốp"
            | "hệ"
            | "bài"
            | "câu"
            | "vùng"
    )
}

/// Qualifiers before a number: (words, approximate, comparator), the
/// longest first.
#[rustfmt::skip]
const QUALIFIERS: &[(&[&str], bool, Option<&str>)] = &[
    (&["không", "vượt", "quá"], false, Some("<=")),
    (&["không", "cao", "hơn"], false, Some("<=")),
    (&["không", "nhiều", "hơn"], false, Some("<=")),
    (&["không", "lớn", "hơn"], false, Some("<=")),
    (&["không", "thấp", "hơn"], false, Some(">=")),
    (&["không", "ít", "hơn"], false, Some(">=")),
    (&["không", "quá"], false, Some("<=")),
    (&["không", "vượt"], false, Some("<=")),
    (&["không", "hơn"], false, Some("<=")),
    (&["không", "dưới"], false, Some(">=")),
    (&["không", "kém"], false, Some(">=")),
    (&["không", "tới"], false, Some("<")),
    (&["không", "đến"], false, Some("<")),
    (&["không", "đầy"], false, Some("<")),
    (&["chưa", "tới"], false, Some("<")),
    (&["chưa", "đến"], false, Some("<")),
    (&["chưa", "đầy"], false, Some("<")),
    (&["tối", "đa"], false, Some("<=")),
    (&["ít", "nhất"], false, Some(">=")),
    (&["tối", "thiểu"], false, Some(">=")),
    (&["vượt", "quá"], false, Some(">")),
    (&["cao", "hơn"], false, Some(">")),
    (&["nhiều", "hơn"], false, Some(">")),
    (&["lớn", "hơn"], false, Some(">")),
    (&["thấp", "hơn"], false, Some("<")),
    (&["ít", "hơn"], false, Some("<")),
    (&["kém", "hơn"], false, Some("<")),
    (&["nhỏ", "hơn"], false, Some("<")),
    (&["trên", "dưới"], true, None),
    (&["xấp", "xỉ"], true, None),
    (&["hơn"], false, Some(">")),
    (&["trên"], false, Some(">")),
    (&["vượt"], false, Some(">")),
    (&["dưới"], false, Some("<")),
    (&["khoảng"], true, None),
    (&["chừng"], true, None),
    (&["tầm"], true, None),
    (&["cỡ"], true, None),
    (&["gần"], true, None),
];

/// Currency codes written before the number: "USD 500", "EUR29,99".
fn prefix_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" | "US$" => "USD",
        "VND" | "VNĐ" | "VN$" => "VND",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "INR" | "Rs" => "INR",
        "JPY" => "JPY",
        "CNY" => "CNY",
        "SGD" | "S$" => "SGD",
        "AUD" | "A$" => "AUD",
        "HKD" | "HK$" => "HKD",
        "CAD" | "C$" => "CAD",
        "TWD" | "NT$" => "TWD",
        "AED" => "AED",
        _ => return None,
    })
}

/// A currency symbol.
fn symbol_code(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '₫' => "VND",
        '¥' => "JPY",
        _ => return None,
    })
}

// ---------------------------------------------------------------------
// Reading the text.

/// The canonical view, read by byte offsets.
#[derive(Clone, Copy)]
struct Txt<'a> {
    s: &'a str,
    b: &'a [u8],
}

impl<'a> Txt<'a> {
    fn new(s: &'a str) -> Self {
        Txt { s, b: s.as_bytes() }
    }

    /// The char at byte `i`, if `i` is a char boundary in the text.
    fn ch(self, i: usize) -> Option<char> {
        self.s.get(i..)?.chars().next()
    }

    fn ch_before(self, i: usize) -> Option<char> {
        self.s.get(..i)?.chars().next_back()
    }

    fn byte(self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    fn digit(self, i: usize) -> bool {
        self.byte(i).is_ascii_digit()
    }

    fn is_word(self, i: usize) -> bool {
        match self.b.get(i) {
            // An ASCII byte is a whole char.
            Some(&x) if x < 0x80 => x.is_ascii_alphanumeric(),
            _ => self.ch(i).is_some_and(is_word_char),
        }
    }

    fn word_end(self, mut i: usize) -> usize {
        while i < self.b.len() {
            let b = self.b[i];
            if b.is_ascii() {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                i += 1;
                continue;
            }
            // Vietnamese letters: U+00C0…U+01BF (not × ÷), U+1E80…U+1EFF.
            let next = self.byte(i + 1);
            if (0xC4..=0xC6).contains(&b)
                || b == 0xC3 && next != 0x97 && next != 0xB7
            {
                i += 2;
                continue;
            }
            if b == 0xE1 && matches!(next, 0xBA | 0xBB) {
                i += 3;
                continue;
            }
            match self.ch(i) {
                Some(c) if is_word_char(c) => i += c.len_utf8(),
                _ => break,
            }
        }
        i
    }

    fn word_start(self, mut i: usize) -> usize {
        if !self.s.is_char_boundary(i) {
            return i;
        }
        while i > 0 {
            let x = self.b[i - 1];
            if x < 0x80 {
                if !x.is_ascii_alphanumeric() {
                    break;
                }
                i -= 1;
                continue;
            }
            // Vietnamese letters, as in `word_end`: U+00C0…U+01BF (not ×
            // ÷), U+1E80…U+1EFF.
            let lead2 = if i >= 2 { self.b[i - 2] } else { 0 };
            if (0xC4..=0xC6).contains(&lead2)
                || lead2 == 0xC3 && x != 0x97 && x != 0xB7
            {
                i -= 2;
                continue;
            }
            if i >= 3 && self.b[i - 3] == 0xE1 && matches!(lead2, 0xBA | 0xBB)
            {
                i -= 3;
                continue;
            }
            match self.ch_before(i) {
                Some(c) if is_word_char(c) => i -= c.len_utf8(),
                _ => break,
            }
        }
        i
    }

    /// Past spaces from `i`.
    fn sp(self, mut i: usize) -> usize {
        while matches!(self.byte(i), b' ' | b'\t') {
            i += 1;
        }
        i
    }

    /// Back over spaces from `i`.
    fn sp_back(self, mut i: usize) -> usize {
        while i > 0 && matches!(self.b[i - 1], b' ' | b'\t') {
            i -= 1;
        }
        i
    }

    /// The word (starting with a letter) after `i`, past spaces.
    fn next_word(self, i: usize) -> Option<Range<usize>> {
        let s = self.sp(i);
        (self.is_word(s) && !self.digit(s)).then(|| s..self.word_end(s))
    }

    /// The word (starting with a letter) before `i`, past spaces.
    fn prev_word(self, i: usize) -> Option<Range<usize>> {
        let e = self.sp_back(i);
        let s = self.word_start(e);
        (s < e && !self.digit(s)).then_some(s..e)
    }

    /// Whether a number ends right before `i` (past spaces).
    fn number_before(self, i: usize) -> bool {
        let e = self.sp_back(i);
        e > 0 && self.b[e - 1].is_ascii_digit()
    }

    /// The end of the digits at `i`, with "." and "," between digits.
    fn num_end(self, mut i: usize) -> usize {
        loop {
            if self.digit(i)
                || matches!(self.byte(i), b'.' | b',') && self.digit(i + 1)
            {
                i += 1;
            } else {
                return i;
            }
        }
    }

    /// The end of what is glued to the digits at `i`: letters, digits and
    /// ".", ",", "/", ":", "-" between them ("28-12-2022",
    /// "30/2020/NĐ-CP", "5G"); skipped whole when it is no quantity.
    fn glued_end(self, mut i: usize) -> usize {
        while let Some(c) = self.ch(i) {
            if is_word_char(c) {
                i += c.len_utf8();
            } else if matches!(c, '.' | ',' | '/' | ':' | '-')
                && self.is_word(i + 1)
            {
                i += 1;
            } else {
                break;
            }
        }
        i
    }

    /// Whether `s..e` is alone on its line (spaces and a final "." aside).
    fn alone(self, s: usize, e: usize) -> bool {
        let b = self.sp_back(s);
        let mut a = self.sp(e);
        if self.byte(a) == b'.' {
            a = self.sp(a + 1);
        }
        (b == 0 || self.b[b - 1] == b'\n')
            && matches!(self.byte(a), 0 | b'\n' | b'\r')
    }

    fn word_is(self, r: &Range<usize>, lower: &str) -> bool {
        eq_ci(&self.s[r.clone()], lower)
    }
}

/// Whether `w` is `lower_case` but for case.
fn eq_ci(w: &str, lower_case: &str) -> bool {
    // What `lower_word` gives `w`, which fits: both are as long.
    w.len() == lower_case.len()
        && w.chars().map(lower_first).eq(lower_case.chars())
}

// ---------------------------------------------------------------------
// Amounts.

/// A number read at some position, before its unit.
#[derive(Debug, Clone, Copy)]
struct Amount {
    e: usize,
    value: f64,
    /// A single number written with digits, to scale it exactly.
    dec: Option<Decimal>,
    /// The power of ten of its scale words.
    exp: i32,
    /// The number before its scale words.
    base: f64,
    /// The multiplier of its last part ("1 tỷ": 10⁹).
    mult: f64,
    ambiguous: bool,
    /// It has a scale word (or "K", "M").
    scaled: bool,
    /// Words of a number in words (0: digits).
    spelled: usize,
    /// "một" alone (often "a").
    mot: bool,
    /// "một nửa".
    half: bool,
    /// Four digits that read as a year.
    yearlike: bool,
    /// Digits only, no separators, no scale.
    plain: bool,
}

impl Amount {
    /// The value times `10^e`, exact where the number was digits.
    fn times10(&self, e: i32) -> f64 {
        match self.dec {
            Some(d) => d.scaled(self.exp + e),
            None if e == 0 => self.value,
            None => self.value * 10f64.powi(e),
        }
    }
}

/// The number at `s`: one part, and smaller parts after it ("1 tỷ 200
/// triệu").
fn amount(t: Txt, s: usize) -> Option<Amount> {
    let mut a = part(t, s)?;
    while a.mult > 1.0 {
        let j = t.sp(a.e);
        if j == a.e || !t.is_word(j) {
            break;
        }
        let Some(p) = part(t, j) else { break };
        if !(p.scaled && p.value > 0.0 && p.value < a.mult) {
            break;
        }
        a.value += p.value;
        a.mult = p.mult;
        a.e = p.e;
        a.dec = None;
        a.ambiguous |= p.ambiguous;
    }
    Some(a)
}

fn part(t: Txt, s: usize) -> Option<Amount> {
    if t.digit(s) { digits_part(t, s) } else { words_part(t, s) }
}

/// The scale word at `r` ("triệu", "tỷ", "trăm"), unless it begins
/// another word ("tỷ lệ", "triệu chứng").
fn scale_at(t: Txt, r: Range<usize>) -> Option<i32> {
    let mut buf = [0u8; 48];
    let w = lower_word(&t.s[r.clone()], &mut buf);
    let (e, not_before): (i32, &[&str]) = match number::word_kind(w) {
        NumWord::Scale(9) => (9, &["lệ", "trọng", "giá", "suất", "số", "phú"]),
        NumWord::Scale(6) => (6, &["chứng", "tập", "phú", "hồi"]),
        NumWord::Scale(4) => (4, &["vật", "sự", "tuế", "lý", "năng"]),
        NumWord::Scale(e) => (e, &[]),
        NumWord::Tram => (2, &[]),
        _ => return None,
    };
    if let Some(n) = t.next_word(r.end)
        && not_before.iter().any(|x| t.word_is(&n, x))
    {
        return None;
    }
    // "Vạn Ninh": a name.
    if e == 4 && t.ch(r.start).is_some_and(char::is_uppercase) {
        return None;
    }
    Some(e)
}

/// A decimal point said in words after an integer: "2 chấm 23", "hai
/// phẩy 5".
fn spoken_point(t: Txt, e: usize, int: u64) -> Option<(Decimal, usize)> {
    let w = t.next_word(e)?;
    if w.start == e || !(t.word_is(&w, "phẩy") || t.word_is(&w, "chấm")) {
        return None;
    }
    let j = t.sp(w.end);
    let mut k = j;
    while t.digit(k) {
        k += 1;
    }
    if j == w.end || k == j || t.is_word(k) || k - j > 6 {
        return None;
    }
    let frac: u64 = t.s[j..k].parse().ok()?;
    let n = u32::try_from(k - j).ok()?;
    let mantissa = int.checked_mul(10u64.pow(n))?.checked_add(frac)?;
    Some((Decimal { mantissa, exponent: -i32::try_from(n).ok()? }, k))
}

fn digits_part(t: Txt, s: usize) -> Option<Amount> {
    let e0 = t.num_end(s);
    let raw = &t.s[s..e0];
    let (mut dec, ambiguous) = number::decimal(raw)?;
    let lead = raw.bytes().take_while(u8::is_ascii_digit).count();
    // "0912", "012": phone numbers and codes; "01" is how official texts
    // write small counts.
    if raw.starts_with('0') && lead >= 3 || raw.starts_with("00") {
        return None;
    }
    let plain = lead == raw.len();
    if plain && lead >= 10 {
        return None;
    }
    let yearlike = plain && lead == 4 && (1800..=2100).contains(&dec.mantissa);
    let mut e = e0;
    let mut exp = 0;
    let mut scaled = false;
    match t.byte(e0) {
        b'K' | b'k' if !t.is_word(e0 + 1) => exp = 3,
        b'M' if !t.is_word(e0 + 1) => exp = 6,
        _ => {}
    }
    if exp > 0 {
        e += 1;
        scaled = true;
    } else if plain && let Some((d, k)) = spoken_point(t, e, dec.mantissa) {
        dec = d;
        e = k;
    }
    let base = dec.value();
    let mut last = 0;
    while !scaled || last > 0 {
        let Some(w) = t.next_word(e) else { break };
        if w.start == e {
            break;
        }
        let Some(x) = scale_at(t, w.clone()) else { break };
        exp += x;
        last = x;
        scaled = true;
        e = w.end;
    }
    let mut value = dec.scaled(exp);
    let mut exact = Some(dec);
    if last > 0
        && let Some(w) = t.next_word(e)
        && w.start > e
        && t.word_is(&w, "rưỡi")
    {
        value += 10f64.powi(last) / 2.0;
        e = w.end;
        exact = None;
    }
    Some(Amount {
        e,
        value,
        dec: exact,
        exp,
        base,
        mult: 10f64.powi(exp),
        ambiguous,
        scaled,
        spelled: 0,
        mot: false,
        half: false,
        yearlike,
        plain: plain && !scaled && e == e0,
    })
}

fn words_part(t: Txt, s: usize) -> Option<Amount> {
    let mut kinds = [NumWord::Other; 14];
    let mut ends = [0usize; 14];
    let mut n = 0;
    let mut p = s;
    let mut buf = [0u8; 48];
    loop {
        let e = t.word_end(p);
        let k = number::word_kind(lower_word(&t.s[p..e], &mut buf));
        kinds[n] = k;
        ends[n] = e;
        n += 1;
        let q = t.sp(e);
        if k == NumWord::Other
            || n == kinds.len()
            || q == e
            || !t.is_word(q)
            || t.digit(q)
        {
            break;
        }
        p = q;
    }
    if kinds[0] == NumWord::Nua {
        return None;
    }
    let sp = number::spelled(&kinds[..n])?;
    let mut e = ends[sp.used - 1];
    let mut value = sp.value;
    if !sp.scaled
        && value.fract() == 0.0
        && let Some((d, k)) = spoken_point(t, e, value as u64)
    {
        value = d.value();
        e = k;
    }
    Some(Amount {
        e,
        value,
        dec: None,
        exp: 0,
        base: value / sp.mult,
        mult: sp.mult,
        ambiguous: false,
        scaled: sp.scaled,
        spelled: sp.used,
        mot: sp.used == 1 && kinds[0] == NumWord::Digit(1),
        half: sp.used == 2 && kinds[1] == NumWord::Nua,
        yearlike: false,
        plain: false,
    })
}

// ---------------------------------------------------------------------
// Units.

/// What follows an amount.
#[derive(Debug, Clone, Copy)]
enum After {
    /// No unit.
    Nothing,
    /// Not a quantity: a code, a date, a phone number.
    Reject,
    /// A time word: a date or a duration, not a quantity.
    Time,
    /// A unit, ending there.
    Unit(U, usize),
}

/// The unit word(s) at `j`; `glued` when right after the digits.
fn unit_word(t: Txt, j: usize, glued: bool) -> Option<(U, usize)> {
    let e1 = t.word_end(j);
    let w1 = &t.s[j..e1];
    let mut buf = [0u8; 48];
    let lw = lower_word(w1, &mut buf);
    if !glued {
        // "đô-la", "héc-ta", "điểm %"
        let rest = &t.s[e1..];
        if lw == "đô" && rest.starts_with("-la") && !t.is_word(e1 + 3) {
            return Some((money("USD"), e1 + 3));
        }
        if lw == "héc" && rest.starts_with("-ta") && !t.is_word(e1 + 3) {
            return Some((phys("ha"), e1 + 3));
        }
        if lw == "điểm" {
            let k = t.sp(e1);
            if t.byte(k) == b'%' {
                return Some((U::Point, k + 1));
            }
        }
    }
    let entries = LEXICON.get(lw)?;
    'entry: for entry in entries {
        if glued && entry.flags & GLUED == 0
            || entry.flags & EXACT != 0 && w1 != entry.words[0]
        {
            continue;
        }
        let mut end = e1;
        for w in &entry.words[1..] {
            let Some(r) = t.next_word(end) else { continue 'entry };
            if r.start == end || !t.word_is(&r, w) {
                continue 'entry;
            }
            end = r.end;
        }
        let next = t.next_word(end).filter(|r| r.start > end);
        if let Some(r) = &next
            && entry.not_before.iter().any(|x| t.word_is(r, x))
        {
            continue;
        }
        if entry.flags & TAIL != 0
            && let Some(r) = &next
        {
            let mut buf = [0u8; 48];
            if !is_stop(lower_word(&t.s[r.clone()], &mut buf)) {
                continue;
            }
        }
        // "đ/c" is "đồng chí".
        if lw == "đ" && t.s[end..].starts_with("/c") && !t.is_word(end + 2) {
            continue;
        }
        // "m 2" as crawled text writes "m2".
        if let U::Measure(u @ ("m" | "km"), true) = entry.unit
            && t.byte(end) == b' '
            && matches!(t.byte(end + 1), b'2' | b'3')
            && !t.is_word(end + 2)
        {
            let sq = t.byte(end + 1) == b'2';
            let u = match (u, sq) {
                ("m", true) => "m2",
                ("m", false) => "m3",
                (_, true) => "km2",
                _ => return None,
            };
            return Some((phys(u), end + 2));
        }
        return Some((entry.unit, end));
    }
    None
}

/// What follows the amount `a`, which ends at `e`.
fn unit_after(t: Txt, e: usize, a: &Amount) -> After {
    let Some(c) = t.ch(e) else { return After::Nothing };
    if let Some(u) = symbol_unit(t, e) {
        return u;
    }
    let after_digit = e > 0 && t.b[e - 1].is_ascii_digit();
    match c {
        // "30/2020", "8:30", "10/QĐ-UBND"; "triệu/tháng" is a rate.
        '/' | ':' if after_digit && t.is_word(e + 1) => return After::Reject,
        // "F-16" is a code; "5-7" a range, read later.
        '-' if t.is_word(e + 1) && !t.digit(e + 1) => return After::Reject,
        c if is_word_char(c) => {
            // Glued letters: a unit ("147km", "8kg", "50.000đ") or a code
            // ("5G", "2A", "19h30").
            return match unit_word(t, e, true) {
                Some((u, end)) if !t.is_word(end) => After::Unit(u, end),
                _ => After::Reject,
            };
        }
        _ => {}
    }
    let j = t.sp(e);
    if j == e {
        return After::Nothing;
    }
    if let Some(u) = symbol_unit(t, j) {
        return u;
    }
    if t.digit(j) {
        // "0237 3852 123", "1 000 000": digits in groups of a code.
        return if a.plain { After::Reject } else { After::Nothing };
    }
    if !t.is_word(j) {
        return After::Nothing;
    }
    if let Some((u, end)) = unit_word(t, j, false) {
        return After::Unit(u, end);
    }
    let mut buf = [0u8; 48];
    if is_time(lower_word(&t.s[j..t.word_end(j)], &mut buf)) {
        return After::Time;
    }
    After::Nothing
}

/// "%", a currency symbol or "°C" at `i`.
fn symbol_unit(t: Txt, i: usize) -> Option<After> {
    let c = t.ch(i)?;
    let f = i + c.len_utf8();
    if c == '%' {
        return Some(After::Unit(U::Percent, f));
    }
    if c == '°' && t.byte(f) == b'C' && !t.is_word(f + 1) {
        return Some(After::Unit(phys("°C"), f + 1));
    }
    let code = symbol_code(c)?;
    // "1000₫500": two numbers glued to a symbol are no amount.
    Some(if t.is_word(f) {
        After::Reject
    } else {
        After::Unit(money(code), f)
    })
}

/// The end of a rate after a unit: "/người", "/tháng", "/người/năm",
/// "/đầu người".
fn per_end(t: Txt, e: usize) -> Option<usize> {
    let mut end = e;
    while t.byte(end) == b'/' && t.is_word(end + 1) && !t.digit(end + 1) {
        let s = end + 1;
        let mut pe = t.word_end(s);
        // "12 vạn tấn/tổng sản lượng …": a part of a total, not a rate.
        if t.word_is(&(s..pe), "tổng") {
            break;
        }
        // A noun of more than one word: "/dự án", "/hộ gia đình".
        if let Some((_, ue)) = unit_word(t, s, false) {
            pe = pe.max(ue);
        } else if let Some(w2) = t.next_word(pe) {
            let mut buf = [0u8; 48];
            let w1 = lower_word(&t.s[s..pe], &mut buf);
            if w2.start == pe + 1
                && (w1 == "đầu" && t.word_is(&w2, "người")
                    || w1 == "cổ" && t.word_is(&w2, "phiếu")
                    // "giường bệnh/vạn dân": per ten thousand people.
                    || matches!(w1, "vạn" | "nghìn" | "ngàn")
                        && t.word_is(&w2, "dân"))
            {
                pe = w2.end;
            }
        }
        end = pe;
    }
    (end > e).then_some(end)
}

/// "trở lên" (`>=`), "trở xuống" (`<=`) after `e`.
fn postfix(t: Txt, e: usize) -> Option<(&'static str, usize)> {
    let w1 = t.next_word(e)?;
    if !t.word_is(&w1, "trở") {
        return None;
    }
    let w2 = t.next_word(w1.end)?;
    if t.word_is(&w2, "lên") {
        Some((">=", w2.end))
    } else if t.word_is(&w2, "xuống") {
        Some(("<=", w2.end))
    } else {
        None
    }
}

/// Cents after a currency other than the đồng: "2 đô la và 23 xen", "2
/// đô 23 xu", "hai đô 23" (at the end of the text).
fn cents(t: Txt, e: usize) -> Option<(f64, usize)> {
    let mut j = e;
    let mut and = false;
    if let Some(w) = t.next_word(e)
        && t.word_is(&w, "và")
    {
        j = w.end;
        and = true;
    }
    let k = t.sp(j);
    if k == j {
        return None;
    }
    let (n, ke) = if t.digit(k) {
        let mut ke = k;
        while t.digit(ke) {
            ke += 1;
        }
        if ke - k > 2 || t.is_word(ke) {
            return None;
        }
        (t.s[k..ke].parse::<f64>().ok()?, ke)
    } else {
        let a = words_part(t, k)?;
        if a.value >= 100.0 || a.value.fract() != 0.0 {
            return None;
        }
        (a.value, a.e)
    };
    if let Some(w) = t.next_word(ke) {
        let mut buf = [0u8; 48];
        if matches!(
            lower_word(&t.s[w.clone()], &mut buf),
            "xen" | "xu" | "cent" | "cents"
        ) {
            return Some((n / 100.0, w.end));
        }
    }
    let rest = t.sp(ke);
    let end = matches!(t.byte(rest), 0 | b'\n')
        || t.byte(rest) == b'.' && matches!(t.byte(t.sp(rest + 1)), 0 | b'\n');
    (!and && end).then_some((n / 100.0, ke))
}

/// The start of the second number of a range after `e`: "- 7", and
/// where `words` "đến 7", "tới 7".
fn connector(t: Txt, e: usize, words: bool) -> Option<usize> {
    let j = t.sp(e);
    if t.byte(j) == b'-' && t.byte(j + 1) != b'-' {
        let k = t.sp(j + 1);
        return t.digit(k).then_some(k);
    }
    if words {
        let w = t.next_word(e)?;
        if t.word_is(&w, "đến") || t.word_is(&w, "tới") {
            let k = t.sp(w.end);
            return (k > w.end && t.is_word(k)).then_some(k);
        }
    }
    None
}

fn same_unit(a: U, b: U) -> bool {
    match (a, b) {
        (U::Money(x, i), U::Money(y, j)) => x == y && i == j,
        (U::Measure(x, _), U::Measure(y, _)) => x == y,
        _ => a == b,
    }
}

// ---------------------------------------------------------------------
// Context before a number.

/// What stands before a number.
#[derive(Debug, Default)]
struct Before {
    /// Where the quantity starts, qualifiers and "từ" included.
    start: usize,
    /// Where it starts if "từ" is not part of it.
    start_without_tu: usize,
    tu: bool,
    approx: bool,
    cmp: Option<&'static str>,
    neg: bool,
    currency: Option<&'static str>,
    /// The word right before the number (and its sign or currency).
    prev: Option<Range<usize>>,
}

/// The high bit of each byte of `x` below "A".
#[inline]
fn below_a(x: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    // Seven bits plus 0x80 - 0x41 carries into the high bit from 0x41
    // up, and never into the next byte.
    let at_least = ((x & !HIGH) + ONES * (0x80 - 0x41)) | x;
    !at_least & HIGH
}

/// What [`may_start_at`] reads: the second bytes each first byte may take,
/// by a class of the first byte.
const STARTS_AT: [(u8, &[u8]); 7] = [
    (b'b', b"aA\xe1"),
    (b'c', b"hH"),
    (b't', b"hH\xc3"),
    (b'h', b"aA"),
    (b'm', b"\xe1\xc6"),
    (b'n', b"\xc4"),
    (b's', b"\xc3"),
];

/// The class of a first byte, 1 + its index in [`STARTS_AT`], or 0.
static FIRST_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut x = 0;
    while x < 256 {
        let mut k = 0;
        while k < STARTS_AT.len() {
            if (x as u8) | 0x20 == STARTS_AT[k].0 {
                t[x] = k as u8 + 1;
            }
            k += 1;
        }
        x += 1;
    }
    t
};

/// The second bytes of each class, as bits.
static SECOND_BYTES: [[u64; 4]; 8] = {
    let mut t = [[0u64; 4]; 8];
    let mut k = 0;
    while k < STARTS_AT.len() {
        let seconds = STARTS_AT[k].1;
        let mut i = 0;
        while i < seconds.len() {
            let y = seconds[i] as usize;
            t[k + 1][y >> 6] |= 1 << (y & 63);
            i += 1;
        }
        k += 1;
    }
    t
};

/// Whether a number word or "thứ" may start at `j`, from its first two
/// bytes: "ba", "bốn", "bảy", "chín", "hai", "một", "mười", "năm", "sáu",
/// "tám", "thứ".
#[inline]
fn may_start_at(b: &[u8], j: usize) -> bool {
    let byte = |k: usize| b.get(k).copied().unwrap_or(0);
    let (x, y) = (byte(j), byte(j + 1));
    let class = usize::from(FIRST_CLASS[usize::from(x)]);
    SECOND_BYTES[class][usize::from(y >> 6)] >> (y & 63) & 1 != 0
}

/// A word of at most 8 bytes as a number: its bytes, little-endian, the
/// rest zero (words hold no NUL).
const fn key(w: &[u8]) -> u64 {
    let mut k = 0;
    let mut i = 0;
    while i < w.len() {
        k |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

/// Whether the word `w` can start a quantity: a number word or "thứ",
/// checked on bytes, the first letter folded (the most words of a
/// document go through here).
fn may_start(w: &str) -> bool {
    const STARTS: [&str; 12] = [
        "ba", "hai", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "một",
        "mười", "thứ",
    ];
    const KEYS: [u64; 12] = {
        let mut k = [0; 12];
        let mut i = 0;
        while i < 12 {
            k[i] = key(STARTS[i].as_bytes());
            i += 1;
        }
        k
    };
    let b = w.as_bytes();
    if !(2..=7).contains(&b.len()) {
        return false;
    }
    let k = key(b) & !0xff | u64::from(b[0].to_ascii_lowercase());
    if KEYS.contains(&k) {
        return true;
    }
    // "HAI", "MƯỜI" in capitals.
    let caps = match b[1] {
        b'A'..=b'Z' => true,
        0..=0x7f => false,
        _ => w.chars().nth(1).is_some_and(|c| lower_first(c) != c),
    };
    caps && STARTS.contains(&lower_word(w, &mut [0u8; 48]))
}

// ---------------------------------------------------------------------
// The scan.

struct Scan<'a> {
    t: Txt<'a>,
    exclude: Vec<Range<usize>>,
    out: Vec<QuantityMatch>,
    /// Where the last quantity ended: what lies before is taken.
    floor: usize,
}

impl Scan<'_> {
    /// One pass over the text: bytes inside words are skipped; a
    /// quantity is tried at digits and at the words that may start one.
    fn run(&mut self) {
        let b = self.t.b;
        let mut i = if may_start_at(b, 0) { self.at_word_start(0) } else { 0 };
        'scan: while i < b.len() {
            // Eight bytes at a time: the bytes below "A" (spaces,
            // punctuation, digits) in order, the rest skipped.
            if let Some(chunk) = b.get(i..i + 8) {
                let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
                let mut low = below_a(x);
                while low != 0 {
                    let k = i + (low.trailing_zeros() / 8) as usize;
                    if b[k].is_ascii_digit() {
                        i = self.at_digit(k);
                        continue 'scan;
                    }
                    // A space or a punctuation mark: a word may start next.
                    if may_start_at(b, k + 1) {
                        i = self.at_word_start(k + 1);
                        continue 'scan;
                    }
                    low &= low - 1;
                }
                i += 8;
                continue;
            }
            let c = b[i];
            if c >= b'A' {
                i += 1;
            } else if c.is_ascii_digit() {
                i = self.at_digit(i);
            } else {
                i += 1;
                if may_start_at(b, i) {
                    i = self.at_word_start(i);
                }
            }
        }
    }

    /// Digits at `i`; where to go on.
    fn at_digit(&mut self, i: usize) -> usize {
        let t = self.t;
        if t.ch_before(i).is_some_and(is_word_char) {
            // Inside a word ("QL1A", "H5N1"), but for a currency code
            // glued to its amount ("USD1,23", "Rs20").
            let ws = t.word_start(i);
            if prefix_code(&t.s[ws..i]).is_none() {
                return t.glued_end(i);
            }
        }
        match self.quantity(i) {
            Some((q, next)) => self.push(q, next),
            None => t.glued_end(i),
        }
    }

    /// A word may start at `j`; where to go on.
    fn at_word_start(&mut self, j: usize) -> usize {
        let t = self.t;
        let e = t.word_end(j);
        self.at_word(j, e)
    }

    /// Keeps `q` unless it overlaps an excluded range; where to go on.
    fn push(&mut self, q: QuantityMatch, next: usize) -> usize {
        let r = q.norm.clone();
        let clash = self
            .exclude
            .iter()
            .take_while(|x| x.start < r.end)
            .any(|x| r.start < x.end && x.start < r.end);
        if !clash {
            self.out.push(q);
        }
        self.floor = self.floor.max(r.end);
        next.max(r.end)
    }

    /// The word at `s..e`: a number word or "thứ"; where to go on.
    fn at_word(&mut self, s: usize, e: usize) -> usize {
        let t = self.t;
        let w = &t.s[s..e];
        if !may_start(w) {
            return e;
        }
        let mut buf = [0u8; 48];
        let lw = lower_word(w, &mut buf);
        if lw == "thứ" {
            return match self.ordinal(s, e) {
                Some((q, next)) => self.push(q, next),
                None => e,
            };
        }
        match number::word_kind(lw) {
            NumWord::Digit(_) | NumWord::Nam | NumWord::Muoi10 => {
                match self.quantity(s) {
                    Some((q, next)) => self.push(q, next),
                    None => e,
                }
            }
            _ => e,
        }
    }

    /// The previous word before `i`, if it lies after the floor.
    fn prev_word(&self, i: usize) -> Option<Range<usize>> {
        self.t.prev_word(i).filter(|r| r.start >= self.floor)
    }

    /// Reads what stands before the number at `s`; `None` when it makes
    /// the number no quantity.
    fn before(&self, s: usize, digits: bool) -> Option<Before> {
        let t = self.t;
        let mut b = Before::default();
        let mut p = s;
        if digits {
            // A sign: "-0,6%", "+1.000.000 ₫"; not "2020-2025", "Covid-19".
            match t.ch_before(p) {
                Some(c @ ('-' | '+')) if p > self.floor => {
                    let q = p - 1;
                    let free = t.ch_before(q).is_none_or(|x| {
                        x.is_whitespace() || matches!(x, '(' | '"' | '\'')
                    });
                    if free && !(c == '-' && t.number_before(q)) {
                        b.neg = c == '-';
                        p = q;
                    } else if t.ch_before(q).is_some_and(is_word_char) {
                        return None;
                    }
                }
                Some('/' | ':') => return None,
                Some('.' | ',')
                    if t.ch_before(p - 1).is_some_and(is_word_char) =>
                {
                    return None;
                }
                _ => {}
            }
            // A currency before the number.
            match t.ch_before(p) {
                Some(c) if symbol_code(c).is_some() => {
                    let q = p - c.len_utf8();
                    match t.ch_before(q) {
                        Some(x) if x.is_ascii_digit() => return None,
                        Some(x) if is_word_char(x) => {
                            let ws = t.word_start(q);
                            b.currency = prefix_code(&t.s[ws..p]);
                            b.currency?;
                            p = ws;
                        }
                        _ => {
                            b.currency = symbol_code(c);
                            p = q;
                        }
                    }
                }
                Some(c) if is_word_char(c) => {
                    let ws = t.word_start(p);
                    b.currency = prefix_code(&t.s[ws..p]);
                    b.currency?;
                    p = ws;
                }
                _ => {
                    let e = t.sp_back(p);
                    if e < p && e > self.floor {
                        if t.byte(e - 1) == b'.' {
                            let ws = t.word_start(e - 1);
                            if ws >= self.floor && &t.s[ws..e - 1] == "Rs" {
                                b.currency = Some("INR");
                                p = ws;
                            }
                        } else if let Some(w) = self.prev_word(p)
                            && let Some(code) = prefix_code(&t.s[w.clone()])
                        {
                            b.currency = Some(code);
                            p = w.start;
                        }
                    }
                }
            }
        }
        // The word before `p`, kept in step with `p`: each test below
        // reads it.
        let mut prev = self.prev_word(p);
        if let Some(w) = &prev
            && !b.neg
            && t.word_is(w, "âm")
        {
            b.neg = true;
            p = w.start;
            prev = self.prev_word(p);
        }
        b.prev = prev.clone().filter(|w| t.sp_back(p) == w.end);
        if let Some(w) = &b.prev {
            let mut buf = [0u8; 48];
            // A percentage is no date: "cả năm 6,7%", "tháng 5,2%".
            let rest = &t.s[s..];
            let number = rest
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .unwrap_or(rest.len());
            let percent =
                rest[number..].trim_start_matches(' ').starts_with('%');
            if !percent
                && is_date_before(lower_word(&t.s[w.clone()], &mut buf))
            {
                return None;
            }
        }
        // "từ" and up to two qualifiers, in either order: "khoảng từ",
        // "từ khoảng", "trên dưới".
        let mut before_tu = None; // where the number began before "từ"
        let mut outside_tu = false; // a qualifier stands before "từ"
        for _ in 0..3 {
            let Some(w) = prev else { break };
            if before_tu.is_none() && t.word_is(&w, "từ") {
                before_tu = Some(p);
                p = w.start;
                prev = self.prev_word(p);
                continue;
            }
            let Some((start, approx, cmp)) = self.qualifier(w) else { break };
            if approx && b.approx || cmp.is_some() && b.cmp.is_some() {
                break;
            }
            b.approx |= approx;
            b.cmp = b.cmp.or(cmp);
            outside_tu = before_tu.is_some();
            p = start;
            prev = self.prev_word(p);
        }
        b.tu = before_tu.is_some();
        b.start_without_tu = match before_tu {
            Some(q) if !outside_tu => q,
            _ => p,
        };
        b.start = p;
        Some(b)
    }

    /// The qualifier whose last word is `last`, the word before some
    /// point: its start, whether it is approximate, its comparator.
    fn qualifier(
        &self,
        last: Range<usize>,
    ) -> Option<(usize, bool, Option<&'static str>)> {
        let t = self.t;
        // Most numbers have no qualifier: a look at the word before them,
        // which must end one.
        static LAST_WORDS: LazyLock<FxHashSet<&str>> = LazyLock::new(|| {
            QUALIFIERS
                .iter()
                .filter_map(|(phrase, ..)| phrase.last())
                .copied()
                .collect()
        });
        let mut buf = [0u8; 48];
        let word = &t.s[last.clone()];
        let lw = lower_word(word, &mut buf);
        if lw.len() != word.len() || !LAST_WORDS.contains(lw) {
            return None;
        }
        let mut q = last.start;
        let mut words: [Range<usize>; 3] = [last, 0..0, 0..0];
        let mut n = 1;
        while n < 3 {
            let Some(w) = self.prev_word(q) else { break };
            q = w.start;
            words[n] = w;
            n += 1;
        }
        QUALIFIERS.iter().find_map(|&(phrase, approx, cmp)| {
            let k = phrase.len();
            (k <= n
                && phrase
                    .iter()
                    .rev()
                    .zip(&words[..k])
                    .all(|(x, w)| t.word_is(w, x)))
            .then(|| (words[k - 1].start, approx, cmp))
        })
    }

    /// Whether the word before a bare number makes it a name or an
    /// identifier: "Nghị định 136", "khu 6", "Phú Mỹ 1", "NK 5".
    fn naming(&self, prev: &Option<Range<usize>>) -> bool {
        let t = self.t;
        let Some(w) = prev else { return false };
        let mut buf = [0u8; 48];
        let lw = lower_word(&t.s[w.clone()], &mut buf);
        if lw == "số" {
            // "tổng số 28 chỉ tiêu", "con số 5.000": a total, not a name.
            return !t.prev_word(w.start).is_some_and(|p| {
                t.word_is(&p, "tổng") || t.word_is(&p, "con")
            });
        }
        // The second syllable of a document's name names it only after
        // its first: "Thông tư 17", "Nghị quyết 05", "Quyết định 123"; but
        // "đầu tư 17 dự án", "giải quyết 171 vụ".
        if let Some(&(_, firsts)) =
            DOCUMENT_SECOND.iter().find(|(w, _)| *w == lw)
        {
            return t
                .prev_word(w.start)
                .is_some_and(|p| firsts.iter().any(|f| t.word_is(&p, f)));
        }
        if is_id_before(lw) {
            return true;
        }
        let word = &t.s[w.clone()];
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // An abbreviation ("NK 5", "ĐT 725"), or a capitalized word not at
        // the start of a sentence: a name ("Phú Mỹ 1", "Thiên Ưu 8").
        if word.chars().nth(1).is_some()
            && word.chars().all(|c| !c.is_lowercase())
        {
            return true;
        }
        t.ch_before(t.sp_back(w.start))
            .is_some_and(|c| is_word_char(c) || c == ',')
    }

    /// Whether a number with no unit, `a`, ending at `end`, counts
    /// something.
    fn bare_ok(&self, a: &Amount, b: &Before, end: usize) -> bool {
        let t = self.t;
        if a.ambiguous {
            return false;
        }
        let next = t.next_word(end).filter(|w| w.start > end);
        let mut buf = [0u8; 48];
        let lw = next
            .as_ref()
            .map_or("", |w| lower_word(&t.s[w.clone()], &mut buf));
        if is_time(lw) {
            return false;
        }
        if t.alone(b.start, end) {
            return true;
        }
        if a.spelled == 1 || a.yearlike && !a.scaled {
            return false;
        }
        if a.scaled {
            return true;
        }
        let qualified = b.approx || b.cmp.is_some() || b.neg;
        if !qualified && self.naming(&b.prev) {
            return false;
        }
        let Some(w) = next else { return false };
        if is_stop(lw) {
            return false;
        }
        let word = &t.s[w];
        let first = word.chars().next().unwrap_or(' ');
        // A noun, or an abbreviation ("HCV", "BQL").
        first.is_lowercase()
            || word.chars().count() >= 2
                && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    /// The quantity whose number starts at `s`; where to go on.
    fn quantity(&self, s: usize) -> Option<(QuantityMatch, usize)> {
        let t = self.t;
        let digits = t.digit(s);
        let a = amount(t, s)?;
        if a.half {
            let b = self.before(s, false)?;
            let q = QuantityMatch {
                norm: b.start_without_tu..a.e,
                kind: "number",
                value: Some(0.5),
                min: None,
                max: None,
                unit: None,
                ambiguous: false,
                approx: b.approx,
                comparator: b.cmp,
                per: None,
            };
            return Some((q, a.e));
        }
        if digits && t.byte(a.e) == b'/' && t.digit(a.e + 1) {
            return self.fraction(s, &a);
        }
        let first = match unit_after(t, a.e, &a) {
            After::Reject | After::Time => return None,
            After::Unit(u, e) => Some((u, e)),
            After::Nothing => None,
        };
        let b = self.before(s, digits)?;
        let mut first = match (b.currency, first) {
            (Some(code), None) => Some((money(code), a.e)),
            // "$10 USD", "USD 5 tấn": one currency, no other unit.
            (Some(_), Some(_)) => return None,
            (None, u) => u,
        };
        // Counted nouns after a number that names ("Tổ 51 phường", "Thiên
        // Ưu 8 xã") or a year ("Vụ Xuân 2017 xã"; news groups counts of
        // thousands: "2.017 xã"); "một" alone is often "a". Names are
        // numbered plainly: a grouped number counts ("giải quyết 11.606
        // vụ việc", "Công ty cổ phần 1.745 doanh nghiệp").
        if matches!(first, Some((U::Measure(_, false), _)))
            && (a.mot
                || a.yearlike
                || !b.approx
                    && b.cmp.is_none()
                    && a.plain
                    && self.naming(&b.prev))
        {
            if a.mot {
                first = None;
            } else {
                return None;
            }
        }
        let mut unit = first.map(|u| u.0);
        let mut end = first.map_or(a.e, |u| u.1);
        let exp = match unit {
            Some(U::Money(_, x)) => x,
            _ => 0,
        };
        let mut value = Some(a.times10(exp));
        let (mut min, mut max) = (None, None);
        let mut ambiguous = a.ambiguous;
        let mut with_tu = false;
        let mut scaled = a.scaled;
        if let Some(U::Money(code, _)) = unit
            && code != "VND"
            && let Some((c, ce)) = cents(t, end)
        {
            value = value.map(|v| v + c);
            end = ce;
        }
        // A range: "5-7%", "từ 5 đến 7 tỷ đồng", "56.000 - 61.000 tỷ", "5
        // đến 7 người".
        let words_ok = b.tu || unit.is_none() && !a.yearlike;
        if let Some(k) = connector(t, end, words_ok)
            && let Some(hi) = amount(t, k)
        {
            let hu = match unit_after(t, hi.e, &hi) {
                After::Reject | After::Time => return None,
                After::Unit(u, e) => Some((u, e)),
                After::Nothing => None,
            };
            let hi_end = hu.map_or(hi.e, |u| u.1);
            // "28-12-2022", "14 -15/5": dates.
            if matches!(t.byte(hi_end), b'-' | b'/' | b':')
                && t.digit(hi_end + 1)
            {
                return None;
            }
            let units_agree = match (unit, hu) {
                (Some(x), Some((y, _))) => same_unit(x, y),
                (None, Some(_)) => true,
                (None, None) => a.scaled || hi.scaled,
                (Some(_), None) => false,
            };
            let u = unit.or(hu.map(|u| u.0));
            let x = match u {
                Some(U::Money(_, x)) => x,
                _ => 0,
            };
            // The lower bound takes the upper bound's scale words:
            // "5-6 triệu".
            let lo = if !a.scaled && hi.scaled && a.value <= hi.base {
                match (a.dec, hi.dec) {
                    (Some(d), Some(_)) => d.scaled(hi.exp + x),
                    _ => a.value * hi.mult * 10f64.powi(x),
                }
            } else {
                a.times10(x)
            };
            let up = hi.times10(x);
            if units_agree && lo < up && !(a.yearlike && hi.yearlike) {
                min = Some(lo);
                max = Some(up);
                value = None;
                unit = u;
                end = hi_end;
                ambiguous |= hi.ambiguous;
                with_tu = b.tu;
                scaled |= hi.scaled;
            }
        }
        let mut per = None;
        // A rate: "đồng/người", "triệu/tháng".
        if (unit.is_some() || scaled)
            && let Some(pe) = per_end(t, end)
        {
            // "m 2" as crawled text writes "m2".
            per = Some(t.s[end + 1..pe].replace("m 2", "m2"));
            end = pe;
        }
        let mut comparator = b.cmp;
        if let Some((c, pe)) = postfix(t, end) {
            comparator = comparator.or(Some(c));
            end = pe;
            with_tu = b.tu;
        }
        let (kind, unit) = match unit {
            Some(U::Money(code, _)) => ("money", Some(code)),
            Some(U::Percent) => ("percent", Some("%")),
            Some(U::Point) => ("percentage_point", Some("điểm phần trăm")),
            Some(U::Measure(u, _)) => ("measure", Some(u)),
            None => {
                if !self.bare_ok(&Amount { scaled, ..a }, &b, end) {
                    return None;
                }
                ("count", None)
            }
        };
        if b.neg {
            value = value.map(|v| -v);
            (min, max) = (max.map(|v| -v), min.map(|v| -v));
        }
        let start = if with_tu { b.start } else { b.start_without_tu };
        let q = QuantityMatch {
            norm: start..end,
            kind,
            value,
            min,
            max,
            unit: unit.map(String::from),
            ambiguous,
            approx: b.approx,
            comparator,
            per,
        };
        Some((q, end))
    }

    /// A part of a whole, `a` "/" a total with its unit: "404/495 tiêu
    /// chí", "238/262 vụ việc", "923,835/1.010 tỷ đồng". The amount is
    /// the part, in the scale and unit written after the total; the total
    /// is not kept. Without a unit or a scale word after the total
    /// ("65/67", "30/2020/NĐ-CP", "15/63") it is no quantity.
    fn fraction(
        &self,
        s: usize,
        a: &Amount,
    ) -> Option<(QuantityMatch, usize)> {
        let t = self.t;
        if a.scaled || a.yearlike {
            return None;
        }
        let hi = amount(t, a.e + 1)?;
        // "1/2/2017", "3/4-5", "10/3.": more than a fraction.
        if matches!(t.byte(hi.e), b'/' | b'-' | b':')
            || t.byte(hi.e) == b'.' && t.digit(hi.e + 1)
            || hi.yearlike
        {
            return None;
        }
        let (unit, end) = match unit_after(t, hi.e, &hi) {
            After::Unit(u @ (U::Money(..) | U::Measure(..)), e) => {
                (Some(u), e)
            }
            After::Nothing if hi.scaled => (None, hi.e),
            _ => return None,
        };
        let x = match unit {
            Some(U::Money(_, x)) => x,
            _ => 0,
        };
        // The part takes the total's scale words: "923,835/1.010 tỷ".
        let value = if hi.scaled && a.value <= hi.base {
            match a.dec {
                Some(d) => d.scaled(hi.exp + x),
                None => a.value * hi.mult * 10f64.powi(x),
            }
        } else {
            a.times10(x)
        };
        if value > hi.times10(x) {
            return None;
        }
        let b = self.before(s, true)?;
        let (kind, unit) = match unit {
            Some(U::Money(code, _)) => ("money", Some(code)),
            Some(U::Measure(u, _)) => ("measure", Some(u)),
            _ => ("count", None),
        };
        let q = QuantityMatch {
            norm: b.start_without_tu..end,
            kind,
            value: Some(if b.neg { -value } else { value }),
            min: None,
            max: None,
            unit: unit.map(String::from),
            ambiguous: a.ambiguous || hi.ambiguous,
            approx: b.approx,
            comparator: b.cmp,
            per: None,
        };
        Some((q, end))
    }

    /// The ordinal at "thứ" (`s..e`): "thứ ba", "thứ 2", "lần thứ XIX";
    /// not the weekdays ("thứ Hai", "sáng thứ 2", "thứ 2 tuần tới").
    fn ordinal(&self, s: usize, e: usize) -> Option<(QuantityMatch, usize)> {
        let t = self.t;
        let mut buf = [0u8; 48];
        if let Some(p) = t.prev_word(s)
            && matches!(
                lower_word(&t.s[p], &mut buf),
                "sáng"
                    | "chiều"
                    | "tối"
                    | "trưa"
                    | "đêm"
                    | "ngày"
                    | "hôm"
                    | "vào"
                    | "các"
                    | "mỗi"
                    | "hàng"
                    | "hằng"
                    | "từ"
                    | "đến"
                    | "tới"
            )
        {
            return None;
        }
        let j = t.sp(e);
        if j == e {
            return None;
        }
        let (value, ve) = if t.digit(j) {
            let mut k = j;
            while t.digit(k) {
                k += 1;
            }
            if t.is_word(k)
                || matches!(t.byte(k), b'.' | b',') && t.digit(k + 1)
            {
                return None;
            }
            (t.s[j..k].parse::<u32>().ok()?, k)
        } else if t.is_word(j) {
            let we = t.word_end(j);
            let w = &t.s[j..we];
            if let Some(r) = number::roman(w) {
                (r, we)
            } else if t.ch(j).is_some_and(char::is_uppercase) {
                return None; // "thứ Hai": a weekday
            } else {
                match words_part(t, j).filter(|a| a.spelled >= 2 && !a.half) {
                    Some(a) if a.value.fract() == 0.0 => (a.value as u32, a.e),
                    Some(_) => return None,
                    None => {
                        let v = match lower_word(w, &mut buf) {
                            "nhất" => 1,
                            "nhì" | "hai" => 2,
                            "ba" => 3,
                            "tư" | "bốn" => 4,
                            "năm" => 5,
                            "sáu" => 6,
                            "bảy" | "bẩy" => 7,
                            "tám" => 8,
                            "chín" => 9,
                            "mười" => 10,
                            _ => return None,
                        };
                        (v, we)
                    }
                }
            }
        } else {
            return None;
        };
        // Weekdays: "thứ 2 tuần tới", "thứ 2 (28/12)", "thứ 2, ngày 5/6".
        let k = t.sp(ve);
        if let Some(w) = t.next_word(ve)
            && ["tuần", "hàng", "tới", "này", "vừa"]
                .iter()
                .any(|x| t.word_is(&w, x))
        {
            return None;
        }
        if t.byte(k) == b'(' && t.digit(t.sp(k + 1)) {
            return None;
        }
        if t.byte(ve) == b',' {
            let m = t.sp(ve + 1);
            if t.digit(m)
                || t.next_word(ve + 1).is_some_and(|w| t.word_is(&w, "ngày"))
            {
                return None;
            }
        }
        // "đứng thứ 15/63": the rank out of 63; go on after it.
        let next = if t.byte(ve) == b'/' && t.digit(ve + 1) {
            t.glued_end(ve)
        } else {
            ve
        };
        let q = QuantityMatch {
            norm: s..ve,
            kind: "ordinal",
            value: Some(f64::from(value)),
            min: None,
            max: None,
            unit: None,
            ambiguous: false,
            approx: false,
            comparator: None,
            per: None,
        };
        Some((q, next))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An expected quantity: the text it spans and its fields.
    #[derive(Debug, Clone, Copy)]
    struct Q {
        text: &'static str,
        kind: &'static str,
        value: Option<f64>,
        unit: Option<&'static str>,
        min: Option<f64>,
        max: Option<f64>,
        approx: bool,
        cmp: Option<&'static str>,
        per: Option<&'static str>,
        ambiguous: bool,
    }

    /// A quantity with a value; `unit` "" for none.
    const fn q(
        text: &'static str,
        kind: &'static str,
        value: f64,
        unit: &'static str,
    ) -> Q {
        Q {
            text,
            kind,
            value: Some(value),
            unit: if unit.is_empty() { None } else { Some(unit) },
            min: None,
            max: None,
            approx: false,
            cmp: None,
            per: None,
            ambiguous: false,
        }
    }

    const fn money(text: &'static str, value: f64, code: &'static str) -> Q {
        q(text, "money", value, code)
    }

    const fn pct(text: &'static str, value: f64) -> Q {
        q(text, "percent", value, "%")
    }

    const fn measure(text: &'static str, value: f64, unit: &'static str) -> Q {
        q(text, "measure", value, unit)
    }

    const fn count(text: &'static str, value: f64) -> Q {
        q(text, "count", value, "")
    }

    const fn ordinal(text: &'static str, value: f64) -> Q {
        q(text, "ordinal", value, "")
    }

    const fn range(
        text: &'static str,
        kind: &'static str,
        min: f64,
        max: f64,
        unit: &'static str,
    ) -> Q {
        let mut r = q(text, kind, 0.0, unit);
        r.value = None;
        r.min = Some(min);
        r.max = Some(max);
        r
    }

    impl Q {
        const fn cmp(mut self, c: &'static str) -> Q {
            self.cmp = Some(c);
            self
        }
        const fn approx(mut self) -> Q {
            self.approx = true;
            self
        }
        const fn per(mut self, p: &'static str) -> Q {
            self.per = Some(p);
            self
        }
        const fn ambiguous(mut self) -> Q {
            self.ambiguous = true;
            self
        }
    }

    /// (name, canonical text, the quantities it holds), in the shapes
    /// news writes them (most from the development corpus).
    #[rustfmt::skip]
    const CASES: &[(&str, &str, &[Q])] = &[
        // Percentages.
        ("pct target", "phấn đấu tốc độ tăng trưởng GRDP đạt 11% trở lên", &[pct("11% trở lên", 11.0).cmp(">=")]),
        ("pct decimal", "GDP tăng 6,7%, xử lý 12 dự án", &[pct("6,7%", 6.7), measure("12 dự án", 12.0, "dự án")]),
        ("pct spaced", "tỷ lệ đạt 95 % kế hoạch", &[pct("95 %", 95.0)]),
        ("pct words", "tăng 12 phần trăm so với cùng kỳ", &[pct("12 phần trăm", 12.0)]),
        ("pct paren", "cùng kỳ (5,48%). Chỉ số SXCN 4 tháng tăng 5,1%", &[pct("5,48%", 5.48), pct("5,1%", 5.1)]),
        ("pct over 100", "đạt 102,6% kế hoạch", &[pct("102,6%", 102.6)]),
        ("pct small", "nợ xấu chiếm 0,75% tổng dư nợ", &[pct("0,75%", 0.75)]),
        ("pct negative", "CPI âm 0,6% so với tháng trước", &[pct("âm 0,6%", -0.6)]),
        ("pct minus sign", "lạm phát -0,6% trong tháng", &[pct("-0,6%", -0.6)]),
        ("pct under", "giải ngân dưới 30% kế hoạch", &[pct("dưới 30%", 30.0).cmp("<")]),
        ("pct about", "tỷ lệ hộ nghèo giảm còn khoảng 20%.", &[pct("khoảng 20%", 20.0).approx()]),
        ("pct near", "xuất khẩu tăng gần 19%, cao hơn", &[pct("gần 19%", 19.0).approx()]),
        ("pct more than", "khách quốc tế tăng hơn 30%", &[pct("hơn 30%", 30.0).cmp(">")]),
        ("pct above", "tăng trưởng kinh tế của xã đạt trên 13%; cơ cấu", &[pct("trên 13%", 13.0).cmp(">")]),
        ("pct not over", "vay không vượt quá 40% số thu", &[pct("không vượt quá 40%", 40.0).cmp("<=")]),
        ("pct no more", "được vay không quá 30%)", &[pct("không quá 30%", 30.0).cmp("<=")]),
        ("pct roughly", "đóng góp xấp xỉ 30% tổng ngân sách", &[pct("xấp xỉ 30%", 30.0).approx()]),
        ("pct not yet", "còn chưa đến 5% GDP", &[pct("chưa đến 5%", 5.0).cmp("<")]),
        ("pct at least", "tăng ít nhất 7%", &[pct("ít nhất 7%", 7.0).cmp(">=")]),
        ("pct at most", "lãi suất tối đa 6,5%", &[pct("tối đa 6,5%", 6.5).cmp("<=")]),
        ("pct per year", "tăng trưởng GDP bình quân 7%/năm", &[pct("7%/năm", 7.0).per("năm")]),
        ("pct after a time word", "tăng trưởng cả năm 6,7%, tháng 5 %", &[pct("6,7%", 6.7), pct("5 %", 5.0)]),
        ("pct range dash", "giá tôm giảm 15-20%), xuất khẩu", &[range("15-20%", "percent", 15.0, 20.0, "%")]),
        ("pct range spaced", "thấp hơn mức tăng kế hoạch từ 1,6 - 1,8% và", &[range("từ 1,6 - 1,8%", "percent", 1.6, 1.8, "%")]),
        ("pct range both", "theo kế hoạch từ 18% - 20% bao gồm", &[range("từ 18% - 20%", "percent", 18.0, 20.0, "%")]),
        ("pct range from to", "tăng từ 5 đến 7%", &[range("từ 5 đến 7%", "percent", 5.0, 7.0, "%")]),
        ("range to", "mỗi tổ có 5 đến 7 người", &[range("5 đến 7 người", "measure", 5.0, 7.0, "người")]),
        ("range to dates", "từ năm 2017 đến 2020", &[]),
        ("range from about", "tăng từ khoảng 5 đến 7%", &[range("từ khoảng 5 đến 7%", "percent", 5.0, 7.0, "%").approx()]),
        ("from unused", "tăng từ 5 tỷ đồng lên 7 tỷ đồng", &[money("5 tỷ đồng", 5e9, "VND"), money("7 tỷ đồng", 7e9, "VND")]),
        ("total of", "trong tổng số 28 chỉ tiêu", &[measure("28 chỉ tiêu", 28.0, "chỉ tiêu")]),
        ("granted", "đã cấp 500 giấy phép", &[measure("500 giấy phép", 500.0, "giấy phép")]),
        ("districts", "Hà Nội có 30 quận, huyện", &[measure("30 quận", 30.0, "quận")]),
        ("range to years", "giai đoạn 2016 đến 2020", &[]),
        ("pct range from to both", "tăng từ 7,5% đến 8%", &[range("từ 7,5% đến 8%", "percent", 7.5, 8.0, "%")]),
        ("pct range decimals", "kế hoạch đặt ra (12,5-13%) và", &[range("12,5-13%", "percent", 12.5, 13.0, "%")]),
        ("pct range about", "khoảng 5-7% dân số", &[range("khoảng 5-7%", "percent", 5.0, 7.0, "%").approx()]),
        ("pct english decimal", "tăng 3.5% so với", &[pct("3.5%", 3.5).ambiguous()]),
        ("points", "tỷ lệ thất nghiệp tăng 2 điểm phần trăm", &[q("2 điểm phần trăm", "percentage_point", 2.0, "điểm phần trăm")]),
        ("points sign", "giảm 0,5 điểm % so với", &[q("0,5 điểm %", "percentage_point", 0.5, "điểm phần trăm")]),
        ("index points", "chỉ số PMI đạt 52,6 điểm, chứng tỏ", &[measure("52,6 điểm", 52.6, "điểm")]),
        ("index points above", "VNIndex đạt trên 777 điểm vào ngày 30/6", &[measure("trên 777 điểm", 777.0, "điểm").cmp(">")]),
        // Money.
        ("vnd billions", "thu ngân sách đạt 32.500 tỉ đồng", &[money("32.500 tỉ đồng", 32.5e12, "VND")]),
        ("vnd ty", "phát hiện vi phạm 29.510 tỷ đồng, 4.978 ha đất", &[money("29.510 tỷ đồng", 29.51e12, "VND"), measure("4.978 ha", 4978.0, "ha")]),
        ("vnd decimal billions", "giải ngân 1.501,6 tỷ đồng", &[money("1.501,6 tỷ đồng", 1.5016e12, "VND")]),
        ("vnd millions", "sai phạm 12.823 triệu đồng", &[money("12.823 triệu đồng", 12.823e9, "VND")]),
        ("vnd thousand billions", "năm 2017 là 1 nghìn tỷ đồng.", &[money("1 nghìn tỷ đồng", 1e12, "VND")]),
        ("vnd thousand billions decimal", "đạt 10,245 nghìn tỷ đồng, tăng 6,3%", &[money("10,245 nghìn tỷ đồng", 10.245e12, "VND"), pct("6,3%", 6.3)]),
        ("vnd compound", "trị giá 1 tỷ 200 triệu đồng", &[money("1 tỷ 200 triệu đồng", 1.2e9, "VND")]),
        ("vnd compound thousands", "mức lương 2 triệu 500 nghìn đồng", &[money("2 triệu 500 nghìn đồng", 2.5e6, "VND")]),
        ("vnd half", "giá 1 triệu rưỡi đồng", &[money("1 triệu rưỡi đồng", 1.5e6, "VND")]),
        ("vnd ngan", "200 ngàn đồng/2 sào", &[money("200 ngàn đồng", 200_000.0, "VND")]),
        ("vnd glued d", "theo giá lúa 6.000đ/kg thì", &[money("6.000đ/kg", 6000.0, "VND").per("kg")]),
        ("vnd VND", "mức phạt 1.000.000 VND", &[money("1.000.000 VND", 1e6, "VND")]),
        ("vnd VNĐ", "giá vé 50.000 VNĐ", &[money("50.000 VNĐ", 50_000.0, "VND")]),
        ("vnd symbol", "giá 1.234 ₫", &[money("1.234 ₫", 1234.0, "VND")]),
        ("vnd per person year", "thu nhập bình quân đầu người đạt 33,8 triệu đồng/người/năm.", &[money("33,8 triệu đồng/người/năm", 33.8e6, "VND").per("người/năm")]),
        ("vnd per person", "hỗ trợ 500 nghìn đồng/người", &[money("500 nghìn đồng/người", 500_000.0, "VND").per("người")]),
        ("vnd per month", "lương 5 triệu đồng/tháng", &[money("5 triệu đồng/tháng", 5e6, "VND").per("tháng")]),
        ("vnd per project", "hỗ trợ tối đa 5 tỷ đồng/dự án để mua", &[money("tối đa 5 tỷ đồng/dự án", 5e9, "VND").cmp("<=").per("dự án")]),
        ("vnd per m2 crawled", "giá 15 triệu đồng/m 2 . Trong", &[money("15 triệu đồng/m 2", 15e6, "VND").per("m2")]),
        ("vnd per ha year range", "đạt từ 150-300 triệu đồng/ha/năm, đặc biệt", &[range("từ 150-300 triệu đồng/ha/năm", "money", 150e6, 300e6, "VND").per("ha/năm")]),
        ("vnd range", "tổng vốn 56.000 - 61.000 tỷ đồng", &[range("56.000 - 61.000 tỷ đồng", "money", 56e12, 61e12, "VND")]),
        ("vnd range from to", "từ 5 tỷ đến 7 tỷ đồng", &[range("từ 5 tỷ đến 7 tỷ đồng", "money", 5e9, 7e9, "VND")]),
        ("vnd about more", "khoảng hơn 21.000 tỉ đồng; lĩnh vực", &[money("khoảng hơn 21.000 tỉ đồng", 21e12, "VND").approx().cmp(">")]),
        ("vnd capital over", "Trên 21.245 tỷ đồng đầu tư", &[money("Trên 21.245 tỷ đồng", 21.245e12, "VND").cmp(">")]),
        ("vnd not comrades", "ý kiến của 4 đồng chí Phó Chủ tịch", &[]),
        ("vnd dc", "có 2 đ/c tham dự", &[]),
        ("usd", "thu nhập bình quân đầu người đạt 3.200 USD trở lên", &[money("3.200 USD trở lên", 3200.0, "USD").cmp(">=")]),
        ("usd billions", "kim ngạch 1,5 tỷ USD", &[money("1,5 tỷ USD", 1.5e9, "USD")]),
        ("usd near", "đạt gần 26,7 tỷ USD", &[money("gần 26,7 tỷ USD", 26.7e9, "USD").approx()]),
        ("usd millions", "vốn đầu tư 311 triệu USD (6.842 tỷ đồng)", &[money("311 triệu USD", 311e6, "USD"), money("6.842 tỷ đồng", 6.842e12, "VND")]),
        ("usd per kg range", "giá tôm còn cao hơn 1-1,2 USD/kg nên", &[range("cao hơn 1-1,2 USD/kg", "money", 1.0, 1.2, "USD").cmp(">").per("kg")]),
        ("usd per student year", "bình quân 20.000 USD/em/năm", &[money("20.000 USD/em/năm", 20_000.0, "USD").per("em/năm")]),
        ("usd dollar words", "xuất khẩu đạt trên 33 tỉ đô la Mỹ; khu vực", &[money("trên 33 tỉ đô la Mỹ", 33e9, "USD").cmp(">")]),
        ("usd dola hyphen", "khoản vay 2 triệu đô-la", &[money("2 triệu đô-la", 2e6, "USD")]),
        ("usd dollar sign", "giá $10", &[money("$10", 10.0, "USD")]),
        ("usd code first", "giá USD 500 mỗi tấn", &[money("USD 500", 500.0, "USD")]),
        ("usd cents", "giá điện khoảng 7,3 cent/kWh, trong khi", &[money("khoảng 7,3 cent/kWh", 0.073, "USD").approx().per("kWh")]),
        ("eur", "khoản vay 200 triệu euro từ Ngân hàng Đức", &[money("200 triệu euro", 200e6, "EUR")]),
        ("jpy", "vốn vay 10 tỷ yên Nhật", &[money("10 tỷ yên Nhật", 10e9, "JPY")]),
        ("cny", "đầu tư 5 triệu nhân dân tệ", &[money("5 triệu nhân dân tệ", 5e6, "CNY")]),
        ("gbp", "giá 3 triệu bảng Anh", &[money("3 triệu bảng Anh", 3e6, "GBP")]),
        ("won", "tài trợ 500 triệu won", &[money("500 triệu won", 500e6, "KRW")]),
        ("money in words", "mức phạt hai triệu đồng", &[money("hai triệu đồng", 2e6, "VND")]),
        // Measures and counted nouns.
        ("tons thousands", "sản lượng đạt 150 nghìn tấn", &[measure("150 nghìn tấn", 150_000.0, "tấn")]),
        ("tons per year range", "sản lượng từ 600.000-650.000 tấn/năm, Việt Nam", &[range("từ 600.000-650.000 tấn/năm", "measure", 600_000.0, 650_000.0, "tấn").per("năm")]),
        ("tons van", "lương thực có hạt đạt 37,7 vạn tấn", &[measure("37,7 vạn tấn", 377_000.0, "tấn")]),
        ("per ten thousand", "đạt 12,8 bác sĩ/vạn dân", &[measure("12,8 bác sĩ/vạn dân", 12.8, "bác sĩ").per("vạn dân")]),
        ("tons million", "hàng hóa qua cảng đạt 43 triệu tấn, tăng gần 14%;", &[measure("43 triệu tấn", 43e6, "tấn"), pct("gần 14%", 14.0).approx()]),
        ("quintals per ha", "năng suất lúa bình quân đạt hơn 60 tạ/ha.", &[measure("hơn 60 tạ/ha", 60.0, "tạ").cmp(">").per("ha")]),
        ("kg glued", "được hỗ trợ 8kg giống Khang Dân", &[measure("8kg", 8.0, "kg")]),
        ("ha over", "diện tích gieo trồng hàng năm đạt trên 125.000 ha, sản lượng", &[measure("trên 125.000 ha", 125_000.0, "ha").cmp(">")]),
        ("ha glued decimal", "thu hồi 2.256,8ha đất", &[measure("2.256,8ha", 2256.8, "ha")]),
        ("ha per zone", "quy mô 5ha/vùng trở lên", &[measure("5ha/vùng trở lên", 5.0, "ha").per("vùng").cmp(">=")]),
        ("km", "bờ biển dài 56 km, với khoảng 100 nghìn người dân", &[measure("56 km", 56.0, "km"), measure("khoảng 100 nghìn người", 100_000.0, "người").approx()]),
        ("km glued about", "tổng chiều dài khoảng 147km, tốc độ", &[measure("khoảng 147km", 147.0, "km").approx()]),
        ("m per year range", "tốc độ xói lở từ 5-45 m/năm, dẫn đến", &[range("từ 5-45 m/năm", "measure", 5.0, 45.0, "m").per("năm")]),
        ("mm per year range", "nước biển dâng cao từ 2 - 3mm/năm.", &[range("từ 2 - 3mm/năm", "measure", 2.0, 3.0, "mm").per("năm")]),
        ("m glued decimal", "vỉa hè mỗi bên rộng 7,5m với tổng vốn", &[measure("7,5m", 7.5, "m")]),
        ("m2", "có diện tích xây dựng 600 m2. Nhà", &[measure("600 m2", 600.0, "m2")]),
        ("m2 crawled", "rộng hơn 45 - 60m 2 , để đủ chỗ", &[range("hơn 45 - 60m 2", "measure", 45.0, 60.0, "m2").cmp(">")]),
        ("m3 million", "khai thác khoảng 3 triệu m3, trong khi", &[measure("khoảng 3 triệu m3", 3e6, "m3").approx()]),
        ("m3 per year glued", "công suất 180.000m3/năm và", &[measure("180.000m3/năm", 180_000.0, "m3").per("năm")]),
        ("litres per year", "công suất 610 triệu lít/năm tại", &[measure("610 triệu lít/năm", 610e6, "lít").per("năm")]),
        ("litres under", "dung tích xi lanh dưới 2,5 lít là 15%", &[measure("dưới 2,5 lít", 2.5, "lít").cmp("<"), pct("15%", 15.0)]),
        ("kV glued", "đường dây 500kV Quảng Trạch", &[measure("500kV", 500.0, "kV")]),
        ("MW", "nhà máy điện 1.200 MW", &[measure("1.200 MW", 1200.0, "MW")]),
        ("kWh billions", "sản lượng 2,5 tỷ kWh", &[measure("2,5 tỷ kWh", 2.5e9, "kWh")]),
        ("times", "tăng gấp 2,2 lần so với cùng kỳ", &[measure("2,2 lần", 2.2, "lần")]),
        ("times range", "dự án tăng vốn gấp 2-3 lần, phá vỡ", &[range("2-3 lần", "measure", 2.0, 3.0, "lần")]),
        ("times words", "tăng gần gấp ba lần để xử lý", &[measure("ba lần", 3.0, "lần")]),
        ("ranks", "Việt Nam tăng 12 bậc. Vấn đề", &[measure("12 bậc", 12.0, "bậc")]),
        ("people million", "dân số gần 20 triệu người, là", &[measure("gần 20 triệu người", 20e6, "người").approx()]),
        ("people range", "quy hoạch cho dân số 15-30 triệu người sinh sống", &[range("15-30 triệu người", "measure", 15e6, 30e6, "người")]),
        ("people van", "hơn 40 vạn người sẽ thiếu đói", &[measure("hơn 40 vạn người", 400_000.0, "người").cmp(">")]),
        ("households poor", "giúp 7.915 hộ nghèo vươn lên", &[measure("7.915 hộ nghèo", 7915.0, "hộ nghèo")]),
        ("houses", "làm 12 nhà bị sập đổ", &[measure("12 nhà", 12.0, "nhà")]),
        ("contractors are no houses", "có 5 nhà thầu tham gia", &[count("5", 5.0)]),
        ("households family", "có 3 triệu hộ gia đình", &[measure("3 triệu hộ gia đình", 3e6, "hộ")]),
        ("visitors", "đã đón 1,2 triệu lượt khách", &[measure("1,2 triệu lượt khách", 1.2e6, "lượt khách")]),
        ("visitors about", "thu hút được khoảng 6,3 triệu lượt khách trong", &[measure("khoảng 6,3 triệu lượt khách", 6.3e6, "lượt khách").approx()]),
        ("visits people", "khách du lịch đạt trên 3 triệu lượt người, tăng 10,49%", &[measure("trên 3 triệu lượt người", 3e6, "lượt người").cmp(">"), pct("10,49%", 10.49)]),
        ("enterprises", "vinh danh 9 doanh nghiệp", &[measure("9 doanh nghiệp", 9.0, "doanh nghiệp")]),
        ("enterprises abbrev", "còn hạn chế với 1,6 nghìn DN đăng ký", &[measure("1,6 nghìn DN", 1600.0, "doanh nghiệp")]),
        ("enterprises over", "có trên 61.000 doanh nghiệp", &[measure("trên 61.000 doanh nghiệp", 61_000.0, "doanh nghiệp").cmp(">")]),
        ("projects", "cấp phép cho 8 dự án", &[measure("8 dự án", 8.0, "dự án")]),
        ("communes", "hiện đã có 39 xã đạt chuẩn nông thôn mới", &[measure("39 xã", 39.0, "xã")]),
        ("jobs", "tạo 22.000 việc làm cho người lao động", &[measure("22.000 việc làm", 22_000.0, "việc làm")]),
        ("cattle", "đàn bò sữa hiện có trên 19.300 con, có 1 trang trại", &[measure("trên 19.300 con", 19_300.0, "con").cmp(">"), count("1", 1.0)]),
        ("apartments", "chào hàng hơn 3.000 căn hộ thương mại", &[measure("hơn 3.000 căn hộ", 3000.0, "căn hộ").cmp(">")]),
        ("cooperatives abbrev", "tương ứng 5.500 HTX với hơn 2 triệu thành viên", &[measure("5.500 HTX", 5500.0, "hợp tác xã"), measure("hơn 2 triệu thành viên", 2e6, "thành viên").cmp(">")]),
        ("industrial clusters", "toàn tỉnh có 33 CCN đã thực hiện", &[measure("33 CCN", 33.0, "cụm công nghiệp")]),
        ("cases", "chấp thuận cho 775 trường hợp nhà đầu tư", &[measure("775 trường hợp", 775.0, "trường hợp")]),
        ("invested in", "chủ trương đầu tư 17 dự án", &[measure("17 dự án", 17.0, "dự án")]),
        ("a circular", "theo Thông tư 17 của Bộ", &[]),
        ("resolved", "đã giải quyết 171 vụ", &[measure("171 vụ", 171.0, "vụ")]),
        ("a resolution", "theo Nghị quyết 57 của Bộ Chính trị", &[]),
        ("words number noun", "có hai dự án được duyệt", &[measure("hai dự án", 2.0, "dự án")]),
        ("words 25", "có hai mươi lăm người dự", &[measure("hai mươi lăm người", 25.0, "người")]),
        ("words thousands", "mười hai nghìn tấn gạo", &[measure("mười hai nghìn tấn", 12_000.0, "tấn")]),
        ("words billion", "xuất khẩu đạt một tỉ USD", &[money("một tỉ USD", 1e9, "USD")]),
        ("age", "thanh niên từ 18 tuổi trở lên", &[measure("từ 18 tuổi trở lên", 18.0, "tuổi").cmp(">=")]),
        ("degrees", "nhiệt độ lên tới 40 độ C", &[measure("40 độ C", 40.0, "°C")]),
        ("two tenths English", "tăng 2.2 lần", &[measure("2.2 lần", 2.2, "lần").ambiguous()]),
        // Counts.
        ("count groups", "đưa ra 8 nhóm nhiệm vụ, giải pháp chủ yếu", &[count("8", 8.0)]),
        ("count leading zero", "giành 01 HCV, 01 HCB tại Olympic", &[count("01", 1.0), count("01", 1.0)]),
        ("count more than", "rà soát hơn 300 ban chỉ đạo", &[count("hơn 300", 300.0).cmp(">")]),
        ("count scaled", "tăng lên 211 tỷ chỉ sau 1 năm", &[count("211 tỷ", 211e9)]),
        ("count scaled about", "mỗi căn nhà có giá khoảng 400 triệu, trả dần", &[count("khoảng 400 triệu", 400e6).approx()]),
        ("count scaled range per", "giảm giá còn 5 - 6 triệu/m 2 được", &[range("5 - 6 triệu/m 2", "count", 5e6, 6e6, "").per("m2")]),
        ("count capital abbrev", "là 1 trong 10 TP năng động", &[measure("10 TP", 10.0, "thành phố")]),
        ("count sentence start", "Giao 84 đầu việc, nhiệm vụ", &[count("84", 84.0)]),
        ("count K", "10K lượt xem", &[measure("10K lượt", 10_000.0, "lượt")]),
        ("count one of", "Việt Nam là 1 trong 12 nước dẫn đầu", &[count("12", 12.0)]),
        ("count half", "một nửa trong số đó là", &[q("một nửa", "number", 0.5, "")]),
        ("count alone", "1.200.000", &[count("1.200.000", 1.2e6)]),
        // Ordinals.
        ("ordinal roman", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025", &[ordinal("thứ XIX", 19.0)]),
        ("ordinal digits", "Tại kỳ họp thứ 2 Quốc hội khóa XIV", &[ordinal("thứ 2", 2.0)]),
        ("ordinal words", "kỳ họp thứ ba, Quốc hội", &[ordinal("thứ ba", 3.0)]),
        ("ordinal first", "là nhà thứ nhất tại", &[ordinal("thứ nhất", 1.0)]),
        ("ordinal second sentence", "Thứ hai, cần tập trung", &[ordinal("Thứ hai", 2.0)]),
        ("ordinal rank of", "năm 2013 đứng thứ 15/63, năm 2014", &[ordinal("thứ 15", 15.0)]),
        ("ordinal twelve", "lần thứ mười hai", &[ordinal("thứ mười hai", 12.0)]),
        ("weekday capital", "thứ Hai tuần tới họp", &[]),
        ("weekday morning", "Sáng thứ 2, đoàn công tác", &[]),
        ("weekday next week", "họp vào thứ 5 tuần tới", &[]),
        ("weekday date", "thứ 2 (28/12) sẽ họp", &[]),
        ("deputy minister", "Thứ trưởng Bộ Tài chính", &[]),
        // No quantity.
        ("phone dotted", "liên hệ 0912.345.678", &[]),
        ("phone spaced", "điện thoại 0237 3852 123", &[]),
        ("decree", "Nghị định 30/2020/NĐ-CP của Chính phủ", &[]),
        ("decision", "Quyết định số 1989/QĐ-BGDĐT ngày", &[]),
        ("decision spaced", "Quyết định 309 QĐ-TTg của Thủ tướng", &[]),
        ("decree bare", "sửa đổi Nghị định 136, Nghị định số 77", &[]),
        ("resolution of", "Nghị quyết 35 của Thủ tướng", &[]),
        ("highway", "tuyến QL1A qua tỉnh", &[]),
        ("km marker", "đoạn Km 947- 987 qua tỉnh", &[]),
        ("covid", "dịch Covid-19 và các dịch bệnh", &[]),
        ("version", "phiên bản 1.2.3 mới", &[]),
        ("industry 4.0", "Cách mạng công nghiệp 4.0 là", &[]),
        ("date dash", "Sáng 28-12, UBND tỉnh", &[]),
        ("date full", "ngày 31-12-2016, NHTMCP", &[]),
        ("date slash", "ngày 28/12/2022 tại", &[]),
        ("date dot", "Sáng 23.6, Thủ tướng", &[]),
        ("date range", "Trong 2 ngày 14 -15/5, Tổng Bí thư", &[]),
        ("year", "kế hoạch năm 2023 của tỉnh", &[]),
        ("year bare", "Năm 2016, tăng trưởng", &[]),
        ("year then noun", "Năm 2016 doanh nghiệp tăng", &[]),
        ("grouped count after a verb", "giải quyết 11.606 vụ việc", &[measure("11.606 vụ việc", 11_606.0, "vụ việc")]),
        ("grouped count after a type", "Công ty cổ phần 1.745 doanh nghiệp", &[measure("1.745 doanh nghiệp", 1745.0, "doanh nghiệp")]),
        ("plain number names", "theo Nghị quyết 39 doanh nghiệp", &[]),
        ("part of a whole", "xã đạt 404/495 tiêu chí", &[measure("404/495 tiêu chí", 404.0, "tiêu chí")]),
        ("part of a whole cases", "giải quyết 238/262 vụ việc KNTC", &[measure("238/262 vụ việc", 238.0, "vụ việc")]),
        ("part of a whole scaled", "đã chi trả 923,835/1.010 tỷ đồng", &[money("923,835/1.010 tỷ đồng", 923.835e9, "VND")]),
        ("part of a whole over", "đạt hơn 80/100 điểm", &[measure("hơn 80/100 điểm", 80.0, "điểm").cmp(">")]),
        ("part not a whole", "đạt 495/404 tiêu chí", &[]),
        ("votes are no part", "được 65/67 phiếu", &[]),
        ("part of a total no rate", "đạt 12 vạn tấn/tổng sản lượng 20 vạn tấn", &[measure("12 vạn tấn", 120_000.0, "tấn"), measure("20 vạn tấn", 200_000.0, "tấn")]),
        ("year range", "nhiệm kỳ 2020 - 2025 và giai đoạn 2021-2025", &[]),
        ("month", "đến tháng 6 năm nay", &[]),
        ("quarter", "GDP quý 1 đạt 5,1%", &[pct("5,1%", 5.1)]),
        ("durations", "sơ kết 6 tháng đầu năm, trong 5 năm qua", &[]),
        ("time", "lúc 8 giờ 30 sáng", &[]),
        ("time glued", "khai mạc lúc 8h30", &[]),
        ("time colon", "bắt đầu 8:30", &[]),
        ("fraction", "được 65/67 phiếu", &[]),
        ("named cultivar", "giống lúa Thiên Ưu 8 mất trắng", &[]),
        ("named company", "Công ty CP thép Pomina 2 với tổng vốn", &[]),
        ("area named", "khu 6, thị trấn", &[]),
        ("line number", "xây dựng tuyến số 2, tuyến số 5", &[]),
        ("phase", "giai đoạn 2 là 8.582 tỉ đồng", &[money("8.582 tỉ đồng", 8.582e12, "VND")]),
        ("some", "cùng với 1 số nguồn vốn", &[]),
        ("vague", "hàng chục nghìn người tham gia", &[]),
        ("vague hundreds", "hàng trăm tỷ đồng", &[]),
        ("ratio", "tỷ lệ 5G phủ sóng", &[]),
        ("glued symbol numbers", "1000₫500", &[]),
        ("year with noun", "Vụ Xuân 2017 xã Phù Việt", &[]),
        ("group named", "sở hữu nhà tại Tổ 51 phường Minh Tân", &[]),
        ("years duration", "hai mươi năm qua", &[]),
        ("a person", "một người dân cho biết", &[]),
        ("a bit", "một số địa phương", &[]),
    ];

    fn close(a: f64, b: f64) -> bool {
        a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
    }

    fn same(a: Option<f64>, b: Option<f64>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => close(a, b),
            (None, None) => true,
            _ => false,
        }
    }

    fn agrees(text: &str, got: &QuantityMatch, want: &Q) -> bool {
        &text[got.norm.clone()] == want.text
            && got.kind == want.kind
            && same(got.value, want.value)
            && same(got.min, want.min)
            && same(got.max, want.max)
            && got.unit.as_deref() == want.unit
            && got.approx == want.approx
            && got.comparator == want.cmp
            && got.per.as_deref() == want.per
            && got.ambiguous == want.ambiguous
    }

    #[test]
    fn table() {
        let mut failures = Vec::new();
        for &(name, text, want) in CASES {
            let got = find(text, &[]);
            let ok = got.len() == want.len()
                && got.iter().zip(want).all(|(g, w)| agrees(text, g, w));
            if !ok {
                let got: Vec<String> = got
                    .iter()
                    .map(|g| format!("{:?} {g:?}", &text[g.norm.clone()]))
                    .collect();
                failures.push(format!(
                    "{name}: {text:?}\n  want {want:?}\n  got  {got:#?}"
                ));
            }
        }
        assert!(CASES.len() >= 100, "{} cases", CASES.len());
        assert!(
            failures.is_empty(),
            "{} of {} cases fail:\n{}",
            failures.len(),
            CASES.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = CASES.iter().map(|c| c.0).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "a case name is used twice");
    }

    #[test]
    fn excluded_ranges_are_left_out() {
        let text = "Sáng 28-12, đạt 11% trở lên và 3.200 USD";
        let all = find(text, &[]);
        assert_eq!(all.len(), 2);
        // A date recognizer's range over "11%" takes it; one touching
        // nothing changes nothing.
        let pct = text.find("11%").unwrap();
        let got = find(text, &[0..10, pct + 1..pct + 2]);
        assert_eq!(got.len(), 1);
        assert_eq!(&text[got[0].norm.clone()], "3.200 USD");
        let date = 0..10;
        assert_eq!(find(text, std::slice::from_ref(&date)), all);
    }

    #[test]
    fn sample_article() {
        let path =
            concat!(env!("CARGO_MANIFEST_DIR"), "/samples/thanh-hoa-2023.txt");
        let raw = std::fs::read_to_string(path).unwrap();
        let text = crate::normalize::normalize_str(&raw, &Default::default());
        let got: Vec<(&str, &str, Option<f64>)> = find(&text, &[])
            .iter()
            .map(|q| (&text[q.norm.clone()], q.kind, q.value))
            .collect();
        assert_eq!(
            got,
            [
                ("thứ XIX", "ordinal", Some(19.0)),
                ("8", "count", Some(8.0)),
                ("11% trở lên", "percent", Some(11.0)),
                ("3.200 USD trở lên", "money", Some(3200.0)),
                ("11% trở lên", "percent", Some(11.0)),
            ]
        );
    }

    // The fast paths against what they replace.

    fn may_start_at_by_match(b: &[u8], j: usize) -> bool {
        let byte = |k: usize| b.get(k).copied().unwrap_or(0);
        matches!(
            (byte(j) | 0x20, byte(j + 1)),
            (b'b', b'a' | b'A' | 0xE1)
                | (b'c' | b't', b'h' | b'H')
                | (b'h', b'a' | b'A')
                | (b'm', 0xE1 | 0xC6)
                | (b'n', 0xC4)
                | (b's' | b't', 0xC3)
        )
    }

    fn may_start_by_chars(w: &str) -> bool {
        const STARTS: &[&str] = &[
            "ba", "hai", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín",
            "một", "mười", "thứ",
        ];
        let b = w.as_bytes();
        if !(2..=7).contains(&b.len()) {
            return false;
        }
        let mut k = b.to_vec();
        k[0] = k[0].to_ascii_lowercase();
        if STARTS.iter().any(|x| x.as_bytes() == k) {
            return true;
        }
        let caps = w.chars().nth(1).is_some_and(|c| lower_first(c) != c);
        let l: String = w.chars().map(lower_first).collect();
        caps && l.len() <= 48 && STARTS.contains(&l.as_str())
    }

    fn word_start_by_chars(t: Txt, mut i: usize) -> usize {
        while let Some(c) = t.ch_before(i) {
            if !is_word_char(c) {
                break;
            }
            i -= c.len_utf8();
        }
        i
    }

    /// The scan one byte at a time.
    fn find_by_bytes(text: &str) -> Vec<QuantityMatch> {
        let mut scan = Scan {
            t: Txt::new(text),
            exclude: Vec::new(),
            out: Vec::new(),
            floor: 0,
        };
        let b = scan.t.b;
        let mut i = if may_start_at_by_match(b, 0) {
            scan.at_word_start(0)
        } else {
            0
        };
        while i < b.len() {
            let c = b[i];
            if c >= b'A' {
                i += 1;
            } else if c.is_ascii_digit() {
                i = scan.at_digit(i);
            } else {
                i += 1;
                if may_start_at_by_match(b, i) {
                    i = scan.at_word_start(i);
                }
            }
        }
        scan.out
    }

    /// Texts to read: the samples, as they are and in capitals, and odd
    /// chars between letters and digits.
    fn texts() -> Vec<String> {
        let mut out = Vec::new();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
        for e in std::fs::read_dir(dir).unwrap() {
            let bytes = std::fs::read(e.unwrap().path()).unwrap();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            out.push(text.to_uppercase());
            out.push(text);
        }
        let odd: String = (0u32..0x80)
            .chain([0x85, 0xa0, 0xd7, 0xf7, 0x130, 0x1e9e, 0x2000, 0x20ab])
            .chain([0x212a, 0x2126, 0x3000, 0x1f600, 0x300, 0x1ee8])
            .filter_map(char::from_u32)
            .flat_map(|c| [c, 'h', 'a', 'i', c, 'Đ', c, '7', ' ', c])
            .collect();
        out.push(odd);
        out
    }

    fn check_fast_paths(text: &str) {
        let t = Txt::new(text);
        assert_eq!(find(text, &[]), find_by_bytes(text), "{text:?}");
        for i in 0..=text.len() + 1 {
            assert_eq!(t.word_start(i), word_start_by_chars(t, i), "{i}");
            assert_eq!(
                t.is_word(i),
                t.ch(i).is_some_and(is_word_char),
                "{i} in {text:?}"
            );
        }
        let mut i = 0;
        while i < text.len() {
            let e = t.word_end(i);
            if e > i {
                let w = &text[i..e];
                assert_eq!(may_start(w), may_start_by_chars(w), "{w:?}");
                let l: String = w.chars().map(lower_first).collect();
                let l = if l.len() > 48 { String::new() } else { l };
                assert_eq!(lower_word(w, &mut [0u8; 48]), l, "{w:?}");
                for x in ["hai", "thứ", "đồng", "trở", "lên"] {
                    assert_eq!(eq_ci(w, x), w.len() == x.len() && l == x);
                }
                i = e;
            } else {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }

    #[test]
    fn fast_paths_read_as_before() {
        for x in 0..=255u8 {
            assert_eq!(may_start_at(&[x], 0), may_start_at_by_match(&[x], 0));
            for y in 0..=255u8 {
                let b = [b' ', x, y];
                assert_eq!(may_start_at(&b, 1), may_start_at_by_match(&b, 1));
            }
        }
        for x in 0..=255u8 {
            let x = u64::from_le_bytes([x, 0x41, x, b'0', 0x40, x, 0xc3, x]);
            let want = x
                .to_le_bytes()
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b < b'A')
                .fold(0u64, |m, (i, _)| m | 0x80 << (8 * i));
            assert_eq!(below_a(x), want, "{x:#x}");
        }
        for text in texts() {
            check_fast_paths(&text);
        }
    }

    mod anywhere {
        use proptest::prelude::*;

        use super::check_fast_paths;

        proptest! {
            #[test]
            fn fast_paths_read_as_before(
                s in prop_oneof![
                    prop::collection::vec(
                        prop::sample::select(&[
                            "hai ", "Hai", "HAI", "tHứ ", "THỨ", "mười", "MƯỜI",
                            "Năm ", "bẩy", "chín", "triệu ", "tỷ", "đồng", "%",
                            " ", "\n", "1", "2.500", "3,5", "-", "/", ".", ",",
                            "USD", "$", "₫", "K", "Đ", "ệ", "\u{301}", "th3",
                            "khoảng ", "từ ", "đến ", "trở lên", "người",
                        ][..]),
                        0..30,
                    )
                    .prop_map(|v| v.concat()),
                    any::<String>(),
                ],
            ) {
                check_fast_paths(&s);
            }
        }
    }
}
