/// The one style sheet, inline in every page: readable from a 390 px phone to a desktop.
enum PageStyle {
    static let css = """
        *{box-sizing:border-box}
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
        header{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between;padding:.6rem 1rem;background:#1d2330}
        header a.brand{color:#fff;font-weight:700;text-decoration:none}
        header form{display:flex;gap:.3rem;flex:1 1 16rem;max-width:32rem;min-width:0}
        header input{flex:1;min-width:0;padding:.35rem;border:0;border-radius:4px}
        main{padding:0 1rem 1rem;max-width:72rem;margin:auto}
        h1{font-size:1.5rem;margin:.8rem 0}h2{font-size:1.15rem;margin:1.2rem 0 .5rem}
        a{color:#2456c9}
        .fresh{margin:.4rem auto;padding:0 1rem;color:#556;font-size:.85rem;max-width:72rem}
        .stale{margin:.4rem 1rem;padding:.5rem;background:#fff3cd;border:1px solid #e0c060;border-radius:4px}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(10.5rem,45%),1fr));gap:.6rem;margin:1rem 0}
        .tile{background:#fff;border:1px solid #dde;border-radius:6px;padding:.6rem;min-width:0}
        .tile .label{font-size:.8rem;color:#667}.tile .value{font-size:1.25rem;font-weight:600}
        .tile .delta{font-size:.8rem;color:#445}
        .controls{font-size:.9rem;margin:.3rem 0}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(28rem,100%),1fr));gap:.6rem}
        svg.chart{width:100%;height:auto;background:#fff;border:1px solid #dde;border-radius:6px;touch-action:pan-y}
        svg.chart[data-zoom]{cursor:crosshair}svg .sel{fill:#2456c933;stroke:#2456c9}
        svg .frame{fill:none;stroke:#ccd}svg .grid{stroke:#eef}svg .tick{font-size:11px;fill:#667}
        svg .title{font-size:13px;font-weight:600;fill:#1d2330}svg .legend{font-size:11px;fill:#334}
        svg .empty{font-size:15px;fill:#889}
        .pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(26rem,100%),1fr));gap:1rem}
        .pair section{min-width:0}
        .scroll{overflow-x:auto;max-width:100%;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:.85rem}
        th,td{padding:.3rem .5rem;border-bottom:1px solid #eef;text-align:left;white-space:nowrap}
        th a{color:inherit;text-decoration:none}th abbr{text-decoration:underline dotted}
        tfoot td{font-weight:600}code{font-size:.8rem;word-break:break-all;white-space:normal}
        td code{white-space:nowrap;word-break:normal}td code.fields{white-space:normal;word-break:break-all;min-width:14rem;display:inline-block}
        a.addr code{display:inline-block;max-width:10rem;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
        dd a.addr code{max-width:100%}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dd{margin:0;min-width:0;word-break:break-all}
        details.defs{margin:.5rem 0;font-size:.9rem}details.defs dl{grid-template-columns:max-content 1fr}
        footer{padding:1rem;color:#667;font-size:.8rem;text-align:center}
        .fail{color:#b00020}.ok{color:#17803d}nav.pages{margin:.5rem 0}nav.pages a{margin-right:1rem}
        @media (max-width:600px){dl{gap:.2rem .6rem}main{padding:0 .6rem .6rem}h1{font-size:1.3rem}.tile .value{font-size:1.05rem}}
        """
}
