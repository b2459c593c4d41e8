//! Whether a short text reads as a statement, as island names must.

use super::*;

#[test]
fn statements_and_fragments() {
    for s in [
        "The kettle boils quickly",
        "The container is full",
        "电量显示乱跳",
        "淋浴水温依然平稳",
    ] {
        assert!(reads_as_statement(s), "{s}");
    }
    for s in [
        "The max power is barely",
        "The long runs",
        "The empty it three times",
        "The assembly steps are badly",
        "钥匙就骑",
        "热水器出故障当天就能",
        "带人的时候续航明显",
        "水壶烧、烧水时声、声音",
        "Kettle, boils, quiet",
    ] {
        assert!(!reads_as_statement(s), "{s}");
    }
}

/// Statements island names were refused for, read as a person reads them: a verb or a
/// qualified noun as the subject ("充电太慢", "挡水效果差"), a subject with a phrase after its
/// noun ("Suction on thick carpet is weak"), a particle or "enough" at the end.
#[test]
fn statements_with_qualified_subjects_and_closing_particles() {
    for s in [
        "充电太慢",
        "减震太差",
        "挡水效果差",
        "制动距离太长",
        "蓝牙解锁反应很慢",
        "Suction on thick carpet is weak",
        "The readout of the power mode is clear",
        "The HEPA filter is easy to pull out",
        "The front lamp is bright enough",
        "剩余时间显示很贴心",
        "旋钮转起来很顺手",
        "煮的饭很香",
        "加热挺快",
        "预约设置简单",
        "煮粥的水位线足够高",
        "App里的菜谱挺多",
    ] {
        assert!(reads_as_statement(s), "{s}");
    }
    for s in [
        "Doing the steps with the long tube is awkward",
        "The lamp is enough",
        "The filter is easy to pull the",
        "看清楚",
    ] {
        assert!(!reads_as_statement(s), "{s}");
    }
}
