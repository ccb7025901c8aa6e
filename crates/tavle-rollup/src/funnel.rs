//! The funnel plot for HR: is a unit's absence higher or lower than chance alone would
//! make it, given its size? Forty units ranked always have a top three; most of them are
//! there by chance, and the small ones most of all.
//!
//! The formulas (Spiegelhalter 2005, «Funnel plots for comparing institutional
//! performance», with his multiplicative overdispersion and 10 % winsorising):
//! - The centre p̄ is the total rate, Σ tapte / Σ avtalte over the units with workdays.
//! - For unit i with nᵢ avtalte dagsverk and rate pᵢ = tapteᵢ / nᵢ:
//!   zᵢ = (pᵢ − p̄) / √(p̄(1 − p̄)/nᵢ).
//! - Winsorised at 10 %: with k units and w = ⌊k/10⌋, the w lowest z are set to the
//!   (w+1)-th lowest and the w highest to the (w+1)-th highest.
//! - Overdispersion φ = max(1, Σ z² / k) over the winsorised z.
//! - Limits p̄ ± 1,959964·√(φ·p̄(1 − p̄)/nᵢ) (95 %) and p̄ ± 3,090232·√(…) (99,8 %).
//! - Above its 99,8 % limit a unit is «høyere enn tilfeldig variasjon», below it «lavere»,
//!   otherwise «innenfor».
//!
//! Masked units (under 5 årsverk) count in p̄ and φ but get no point, limits or flag.
//! Units with only percentages have no nᵢ and are not in the funnel at all. Nothing is
//! rounded; rates are fractions here and percent (× 100) when shown.

use serde::Serialize;

/// z for a two-sided 95 % interval.
pub const Z95: f64 = 1.959964;
/// z for a two-sided 99,8 % interval.
pub const Z998: f64 = 3.090232;

/// One unit's figures going into the funnel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FunnelInput {
    pub agreed_days: f64,
    pub lost_days: f64,
    pub masked: bool,
}

/// Where a unit lies against its 99,8 % limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FunnelFlag {
    /// Above the upper 99,8 % limit: «høyere enn tilfeldig variasjon».
    Over,
    /// Below the lower 99,8 % limit: «lavere enn tilfeldig variasjon».
    Under,
    /// Between them.
    #[serde(rename = "innenfor")]
    Within,
}

impl FunnelFlag {
    /// The words for the overview, in `lang`.
    pub fn label_in(self, lang: tavle_model::lang::Lang) -> String {
        lang.text(match self {
            FunnelFlag::Over => "rollup-funnel-over",
            FunnelFlag::Under => "rollup-funnel-under",
            FunnelFlag::Within => "rollup-funnel-within",
        })
    }
}

/// A unit's point and limits, as fractions (0,091 for 9,1 %).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FunnelPoint {
    pub rate: f64,
    pub agreed_days: f64,
    pub z: f64,
    pub lower95: f64,
    pub upper95: f64,
    pub lower998: f64,
    pub upper998: f64,
    pub flag: FunnelFlag,
}

/// The funnel over a roll-up: its centre and overdispersion, and each unit's point (in the
/// order given; `None` for a masked unit or one without workdays).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Funnel {
    /// p̄ as a fraction; `None` when no unit has workdays.
    pub centre: Option<f64>,
    pub phi: Option<f64>,
    /// How many units went into p̄ and φ (k).
    pub units: usize,
    #[serde(skip)]
    pub points: Vec<Option<FunnelPoint>>,
}

/// The limits around `centre` for a unit of `n` avtalte dagsverk with overdispersion `phi`.
pub fn limits(centre: f64, phi: f64, n: f64, z: f64) -> (f64, f64) {
    let half = z * (phi * centre * (1.0 - centre) / n).sqrt();
    (centre - half, centre + half)
}

/// Winsorises `z` at 10 % in place (see the module docs).
pub fn winsorise(z: &mut [f64]) {
    let k = z.len();
    let w = k / 10;
    if w == 0 {
        return;
    }
    let mut sorted = z.to_vec();
    sorted.sort_by(f64::total_cmp);
    let (low, high) = (sorted[w], sorted[k - 1 - w]);
    for v in z.iter_mut() {
        *v = v.clamp(low, high);
    }
}

/// The funnel over `units` (see the module docs for every formula).
pub fn funnel(units: &[FunnelInput]) -> Funnel {
    let with_days: Vec<&FunnelInput> = units.iter().filter(|u| u.agreed_days > 0.0).collect();
    let agreed: f64 = with_days.iter().map(|u| u.agreed_days).sum();
    let lost: f64 = with_days.iter().map(|u| u.lost_days).sum();
    let k = with_days.len();
    if k == 0 || agreed <= 0.0 {
        return Funnel {
            centre: None,
            phi: None,
            units: 0,
            points: vec![None; units.len()],
        };
    }
    let centre = lost / agreed;
    let spread = centre * (1.0 - centre);
    let z_of = |u: &FunnelInput| {
        if spread > 0.0 {
            (u.lost_days / u.agreed_days - centre) / (spread / u.agreed_days).sqrt()
        } else {
            0.0
        }
    };
    let mut z: Vec<f64> = with_days.iter().map(|u| z_of(u)).collect();
    winsorise(&mut z);
    let phi = (z.iter().map(|z| z * z).sum::<f64>() / k as f64).max(1.0);
    let points = units
        .iter()
        .map(|u| {
            if u.masked || u.agreed_days <= 0.0 {
                return None;
            }
            let rate = u.lost_days / u.agreed_days;
            let (lower95, upper95) = limits(centre, phi, u.agreed_days, Z95);
            let (lower998, upper998) = limits(centre, phi, u.agreed_days, Z998);
            let flag = if rate > upper998 {
                FunnelFlag::Over
            } else if rate < lower998 {
                FunnelFlag::Under
            } else {
                FunnelFlag::Within
            };
            Some(FunnelPoint {
                rate,
                agreed_days: u.agreed_days,
                z: z_of(u),
                lower95,
                upper95,
                lower998,
                upper998,
                flag,
            })
        })
        .collect();
    Funnel {
        centre: Some(centre),
        phi: Some(phi),
        units: k,
        points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(agreed: f64, lost: f64) -> FunnelInput {
        FunnelInput {
            agreed_days: agreed,
            lost_days: lost,
            masked: false,
        }
    }

    #[test]
    fn a_hand_computed_municipality_gives_its_centre_phi_limits_and_flags() {
        // Four units, 1 000 agreed days each, 60, 80, 100 and 160 lost: p̄ = 400/4000 = 0,1.
        // √(p̄(1−p̄)/n) = √(0,09/1000) = 0,009486833; z = −4,216370, −2,108185, 0, 6,324555.
        // k = 4, w = 0: no winsorising. Σz² = 17,777… + 4,444… + 0 + 40 = 62,222…; φ = 15,5556.
        let f = funnel(&[
            unit(1000.0, 60.0),
            unit(1000.0, 80.0),
            unit(1000.0, 100.0),
            unit(1000.0, 160.0),
        ]);
        assert_eq!(f.centre, Some(0.1));
        let phi = f.phi.unwrap();
        assert!((phi - 62.222_222_222 / 4.0).abs() < 1e-9, "{phi}");
        let se = (phi * 0.09 / 1000.0).sqrt();
        let p = f.points[3].unwrap();
        assert!((p.upper998 - (0.1 + 3.090232 * se)).abs() < 1e-15);
        assert!((p.lower95 - (0.1 - 1.959964 * se)).abs() < 1e-15);
        assert!((p.z - 6.324_555_320).abs() < 1e-8, "{}", p.z);
        // With φ ≈ 15,6 the upper 99,8 % limit is 0,1 + 3,090232·0,0374 ≈ 0,2156: 0,16 is within.
        assert_eq!(p.flag, FunnelFlag::Within);
        assert!(f
            .points
            .iter()
            .all(|p| p.unwrap().flag == FunnelFlag::Within));
    }

    #[test]
    fn without_overdispersion_phi_is_one_and_an_outlier_is_flagged() {
        // Twenty units of 2 000 days at 8 %, one at 14 %: k = 21, w = 2.
        let mut units = vec![unit(2000.0, 160.0); 20];
        units.push(unit(2000.0, 280.0));
        let f = funnel(&units);
        let centre = (20.0 * 160.0 + 280.0) / 42_000.0;
        assert!((f.centre.unwrap() - centre).abs() < 1e-15);
        // Winsorised, the outlier's z takes the value of an ordinary unit, so φ stays 1.
        assert_eq!(f.phi, Some(1.0));
        assert_eq!(f.points[20].unwrap().flag, FunnelFlag::Over);
        assert_eq!(f.points[0].unwrap().flag, FunnelFlag::Within);
    }

    #[test]
    fn winsorising_sets_the_w_lowest_and_highest_to_their_neighbours() {
        let mut z: Vec<f64> = (1..=20).map(f64::from).collect();
        z.reverse();
        winsorise(&mut z); // k = 20, w = 2: 1, 2 → 3 and 19, 20 → 18
        let mut sorted = z.clone();
        sorted.sort_by(f64::total_cmp);
        assert_eq!(&sorted[..4], &[3.0, 3.0, 3.0, 4.0]);
        assert_eq!(&sorted[16..], &[17.0, 18.0, 18.0, 18.0]);
        let mut nine = vec![5.0, -9.0, 1.0];
        winsorise(&mut nine); // k < 10: untouched
        assert_eq!(nine, [5.0, -9.0, 1.0]);
    }

    #[test]
    fn masked_units_count_in_the_centre_and_phi_but_get_no_point() {
        let mut small = unit(60.0, 30.0);
        small.masked = true;
        let f = funnel(&[unit(1000.0, 50.0), small, unit(1000.0, 70.0)]);
        assert_eq!(f.units, 3);
        assert!((f.centre.unwrap() - 150.0 / 2060.0).abs() < 1e-15);
        assert!(f.points[1].is_none());
        assert!(f.points[0].is_some() && f.points[2].is_some());
        // A unit with only percentages (no workdays) is not in the funnel at all.
        let f = funnel(&[unit(0.0, 0.0), unit(1000.0, 50.0)]);
        assert_eq!((f.units, f.points[0]), (1, None));
    }

    /// xorshift64* for the property tests.
    struct Random(u64);
    impl Random {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
    }

    #[test]
    fn over_random_municipalities_the_limits_nest_and_the_flags_follow_them() {
        let mut random = Random(0x00F0_4E11_2005);
        for _ in 0..500 {
            let k = 1 + (random.next() % 60) as usize;
            let units: Vec<FunnelInput> = (0..k)
                .map(|_| {
                    let agreed = 50.0 + (random.next() % 20_000) as f64;
                    let rate = (random.next() % 200) as f64 / 1000.0;
                    FunnelInput {
                        agreed_days: agreed,
                        lost_days: agreed * rate,
                        masked: random.next().is_multiple_of(7),
                    }
                })
                .collect();
            let f = funnel(&units);
            let centre = f.centre.unwrap();
            let total: f64 = units.iter().map(|u| u.lost_days).sum::<f64>()
                / units.iter().map(|u| u.agreed_days).sum::<f64>();
            assert!((centre - total).abs() < 1e-12);
            assert!(f.phi.unwrap() >= 1.0);
            for (u, p) in units.iter().zip(&f.points) {
                assert_eq!(p.is_none(), u.masked);
                let Some(p) = p else { continue };
                assert!(p.lower998 < p.lower95 && p.lower95 < centre);
                assert!(centre < p.upper95 && p.upper95 < p.upper998);
                // Symmetric around the centre.
                assert!(((p.upper998 - centre) - (centre - p.lower998)).abs() < 1e-12);
                let expected = if p.rate > p.upper998 {
                    FunnelFlag::Over
                } else if p.rate < p.lower998 {
                    FunnelFlag::Under
                } else {
                    FunnelFlag::Within
                };
                assert_eq!(p.flag, expected);
            }
            // A bigger unit has narrower limits.
            let mut by_size: Vec<&FunnelPoint> = f.points.iter().flatten().collect();
            by_size.sort_by(|a, b| a.agreed_days.total_cmp(&b.agreed_days));
            for w in by_size.windows(2) {
                if w[0].agreed_days < w[1].agreed_days {
                    assert!(w[0].upper998 - w[0].lower998 > w[1].upper998 - w[1].lower998);
                }
            }
        }
    }
}
