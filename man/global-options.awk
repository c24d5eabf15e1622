# Drops the global options' entries (.It Fl -store …, -person, -read-only, -h/--help) from every
# command's option list, --version after weekboard's own, in generate-manual's page, and any list left empty: they are described once,
# under GLOBAL OPTIONS (man/weekboard-sections.1).
function global(line) {
    return line ~ /^\.It Fl -store( |$)/ || line ~ /^\.It Fl -person( |$)/ || line ~ /^\.It Fl -read-only( |$)/ ||
        line ~ /^\.It Fl h , -help( |$)/
}
{
    if (skipping) {
        if ($0 ~ /^\.It / || $0 ~ /^\.El/) { skipping = 0 } else { next }
    }
    if (global($0)) { skipping = 1; next }
    # --version belongs to weekboard itself: kept where the page lists its own options, not per command.
    if ($0 ~ /^\.It Fl -version( |$)/ && versions++ > 0) { skipping = 1; next }
    kept[++n] = $0
}
END {
    for (i = 1; i <= n; i++) {
        # A list whose entries were all global options: nothing left to list.
        if (kept[i] ~ /^\.Bl / && i < n && kept[i + 1] ~ /^\.El/) { i++; continue }
        print kept[i]
    }
}
