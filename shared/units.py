"""Showing base-unit values the way an analyst reads them (725.3 EFLOPS, 879 亿元, 455 万个)."""

from __future__ import annotations

SCALES: dict[str, list[tuple[float, str]]] = {
    "FLOPS": [(1e18, "EFLOPS"), (1e15, "PFLOPS"), (1e12, "TFLOPS"), (1, "FLOPS")],
    "W": [(1e9, "GW"), (1e6, "MW"), (1e3, "kW"), (1, "W")],
    "Wh": [(1e9, "GWh"), (1e6, "MWh"), (1e3, "kWh"), (1, "Wh")],
    "tCO2e": [(1e4, "万吨CO2e"), (1, "吨CO2e")],
    "byte": [(1e18, "EB"), (1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1, "B")],
    "bps": [(1e12, "Tbps"), (1e9, "Gbps"), (1e6, "Mbps"), (1, "bps")],
    "CNY": [(1e12, "万亿元"), (1e8, "亿元"), (1e4, "万元"), (1, "元")],
    "count": [(1e8, "亿"), (1e4, "万"), (1, "")],
    "rack": [(1e4, "万架"), (1, "架")],
    "percent": [(1, "%")],
    "percentage_point": [(1, "个百分点")],
    "multiple": [(1, "倍")],
    "rank": [(1, "位")],
}


def display_value(value: float, unit: str) -> str:
    """A base-unit value in the largest unit that keeps it at or above 1."""
    for factor, label in SCALES.get(unit, [(1, unit)]):
        if abs(value) >= factor or factor == 1:
            return f"{value / factor:,.6g} {label}".strip()
    return f"{value:g} {unit}"
