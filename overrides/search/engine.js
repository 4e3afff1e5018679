/*
 * Diacritic-insensitive search over search/folded_index.json (written by hooks/folded_search.py).
 *
 * The index holds each word's folded key, computed in Python; only the query is folded here.
 * fold(), searchKey() and words() must agree with campaign/search_fold.py: see
 * tests/test_search_engine.py. Loaded by worker.js on the reader's first query, and by node
 * in the tests.
 */
"use strict"

/* Remove every diacritic, keep letter case: "Đường" -> "Duong". */
function fold(text) {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC")
}

/* The form under which a word is indexed and looked up: folded, then lower case. */
function searchKey(word) {
  return fold(word).toLowerCase()
}

/* Letters, digits and nonspacing marks make words; everything else separates them. */
function words(text) {
  return text.match(/[\p{L}\p{N}\p{Mn}]+/gu) || []
}

/*
 * How well a query word matches a word of the page, best first. A word typed without any
 * mark says nothing about marks: every page word with its letters matches it EXACT, so that
 * "chien" finds "chiến" as well as it finds a code name like chien_si_thi_dua_co_so.
 */
const EXACT = 1.0       /* same marks: "đường" typed, "đường" found */
const PARTIAL = 0.7     /* the page's word has every mark typed, and more: "dương" typed, "đường" found */
const FOLDED = 0.35     /* marks differ: "đường" typed, "dương" found */
const PREFIX = 0.5      /* factor for the word still being typed matching the start of a longer word */

const TITLE_WEIGHT = 3
const PAGE_WEIGHT = 1.25    /* a page over an equal section of a longer page, as Material does */
const CODE_WEIGHT = 0.1     /* a word of a code example (<pre>), against a word of prose */
const CODE_LINES = 3        /* lines of a code example an excerpt shows */
const MAX_TERMS = 12
const EXCERPT_BLOCKS = 2

/* Huyền, sắc, hỏi, ngã, nặng: they belong to the syllable, wherever the spelling puts them. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u

/*
 * The marks of a lower-case word: its tone, and per letter its other marks (breve,
 * circumflex, horn; đ counts as d with a mark). "hoá" and "hóa", "uỷ" and "ủy" are
 * the same word spelt two ways, so the tone is not tied to a letter.
 */
function marks(word) {
  const letters = []
  let tone = ""
  for (const ch of word.normalize("NFD")) {
    if (TONE.test(ch))
      tone = ch
    else if (/\p{Mn}/u.test(ch)) {
      if (letters.length)
        letters[letters.length - 1] += ch
    } else
      letters.push(ch === "đ" ? "đ" : "")
  }
  return { tone, letters }
}

/* EXACT, PARTIAL or FOLDED for a query word and a page word whose keys already agree. */
function markTier(term, word) {
  let tier = term.tiers.get(word)
  if (tier === undefined)
    term.tiers.set(word, tier = compareMarks(term, marks(word)))
  return tier
}

function compareMarks(term, found) {
  const typed = term.marks
  if (!typed.tone && typed.letters.every(m => !m))
    return EXACT
  if (typed.tone && typed.tone !== found.tone)
    return FOLDED
  let exact = typed.tone === found.tone
  for (let i = 0; i < typed.letters.length; i++) {
    const want = typed.letters[i]
    const have = found.letters[i] || ""
    if (want === have)
      continue
    exact = false
    for (const mark of want)
      if (!have.includes(mark))
        return FOLDED
  }
  if (!term.prefix)
    exact = exact && found.letters.slice(typed.letters.length).every(m => !m)
  return exact ? EXACT : PARTIAL
}

/* The words of a query, each with what matching needs; the last one may still be typed. */
function parseQuery(query) {
  const text = query.normalize("NFC")
  const typing = /[\p{L}\p{N}\p{Mn}]$/u.test(text)
  const found = words(text).slice(0, MAX_TERMS)
  return found.map((word, i) => {
    const lower = word.toLowerCase()
    return {
      lower,
      key: searchKey(word),
      marks: marks(lower),
      tiers: new Map(),   /* page word -> tier, as words recur */
      prefix: typing && i === found.length - 1
    }
  })
}

function bitCount(mask) {
  let count = 0
  for (; mask; mask &= mask - 1)
    count++
  return count
}

/* Decode the (gap, length) pairs of the index into [start, end] spans. */
function decodeSpans(flat) {
  const spans = []
  let end = 0
  for (let i = 0; i < flat.length; i += 2) {
    const start = end + flat[i]
    end = start + flat[i + 1]
    spans.push([start, end])
  }
  return spans
}

/* Per word, whether it stands in a code example: from the index's (first, past the last) runs. */
function decodeCode(keys, runs) {
  const code = new Uint8Array(keys.length)
  for (let i = 0; runs && i < runs.length; i += 2)
    code.fill(1, runs[i], runs[i + 1])
  return code
}

function prepareField(html, indexed, weight) {
  const keys = indexed.keys ? indexed.keys.split(" ") : []
  return {
    html,
    weight,
    keys,
    spans: decodeSpans(indexed.spans),
    code: decodeCode(keys, indexed.code)
  }
}

/* Wrap the given word spans of an HTML slice in <mark>; spans are sorted and inside the slice. */
function highlight(html, start, end, spans) {
  let out = ""
  let cursor = start
  for (const [s, e] of spans) {
    out += html.slice(cursor, s) + "<mark>" + html.slice(s, e) + "</mark>"
    cursor = e
  }
  return out + html.slice(cursor, end)
}

/*
 * Where a query of several words stands whole, in its order: a page's whole name ("Văn phòng
 * Sở" is that unit's page): 3; the campaign document's own page (boosted): 2; part of a title:
 * 1; elsewhere: 0. So a phrase quoted from the document, a directive's number or a sentence,
 * leads to the document before a data page that repeats it in a heading or a quote.
 */
function phraseTier(doc, count, titleRun, run) {
  if (count < 2 || run < count)
    return 0
  if (titleRun >= count && doc.title.keys.length === count && !doc.location.includes("#"))
    return 3
  if (doc.boost > 1)
    return 2
  return titleRun >= count ? 1 : 0
}

class SearchEngine {

  constructor(index) {
    this.docs = index.docs.map(doc => {
      const blocks = []
      for (let i = 0; i < doc.blocks.length; i += 2)
        blocks.push([doc.blocks[i], doc.blocks[i + 1]])
      return {
        location: doc.location,
        title: prepareField(doc.title, doc.title_words, TITLE_WEIGHT),
        text: prepareField(doc.text, doc.text_words, 1),
        blocks,
        boost: doc.boost || 1
      }
    })
    const lengths = this.docs.map(doc => doc.text.keys.length)
    this.averageLength = Math.max(1, lengths.reduce((a, b) => a + b, 0) / (lengths.length || 1))
  }

  /* Material's result: pages in rank order, each a list of its matching sections. */
  search(query) {
    const terms = parseQuery(query)
    if (!terms.length)
      return { items: [] }

    const matches = []
    const frequency = terms.map(() => 0)
    for (const doc of this.docs) {
      const match = this.match(doc, terms)
      if (match.found.some(Boolean)) {
        matches.push(match)
        match.found.forEach((found, i) => { if (found) frequency[i]++ })
      }
    }

    const rarity = frequency.map(n => Math.log(1 + this.docs.length / (1 + n)))
    for (const match of matches)
      match.score = this.score(match, rarity)
    matches.sort((a, b) => b.score - a.score)
    return { items: this.group(matches, terms) }
  }

  /*
   * What a section has of the query: per term, per field, the best tier and the count. Words of
   * code examples are counted apart ("code"): they find a section, but its rank comes from its
   * prose, so a YAML example never outranks a page about the words.
   */
  match(doc, terms) {
    const best = terms.map(() => 0)
    const found = terms.map(() => false)
    const fields = {}
    const runs = { title: 0, text: 0 }
    for (const name of ["title", "text"]) {
      const field = doc[name]
      const stats = terms.map(() => ({ best: 0, count: 0 }))
      const code = terms.map(() => ({ best: 0, count: 0 }))
      const hits = []
      let previous = new Map()
      for (let j = 0; j < field.keys.length; j++) {
        const key = field.keys[j]
        const inCode = field.code[j] === 1
        const current = new Map()
        let word = null
        let mask = 0
        let longest = 0
        for (let i = 0; i < terms.length; i++) {
          const term = terms[i]
          const whole = key === term.key
          if (!whole && !(term.prefix && key.startsWith(term.key)))
            continue
          if (word === null)
            word = field.html.slice(field.spans[j][0], field.spans[j][1]).toLowerCase()
          const value = markTier(term, word) * (whole ? 1 : PREFIX)
          const counted = inCode ? code[i] : stats[i]
          counted.best = Math.max(counted.best, value)
          counted.count++
          found[i] = true
          mask |= 1 << i
          if (inCode)
            continue
          best[i] = Math.max(best[i], value)
          const length = (previous.get(i - 1) || 0) + 1
          current.set(i, length)
          longest = Math.max(longest, length)
        }
        if (word !== null)
          hits.push({ j, mask, run: longest, code: inCode })
        runs[name] = Math.max(runs[name], longest)
        previous = current
      }
      fields[name] = { stats, code, hits }
    }
    const run = Math.max(runs.title, runs.text)
    return {
      doc,
      best,
      found,
      fields,
      run,
      phrase: phraseTier(doc, terms.length, runs.title, run),
      coverage: best.filter(value => value > 0).length,
      quality: best.reduce((a, b) => a + b, 0)
    }
  }

  /*
   * Rank by, in order: how many query words the section's prose has, the longest run of them
   * in the query's order (Vietnamese meaning lives in word pairs: "đầu mối", "an ninh"), how
   * well their marks match, where the whole query stands as a phrase (match.phrase), then
   * BM25-like relevance, code examples weighing little. One number, as Material sorts by it.
   */
  score(match, rarity) {
    const { doc, fields } = match
    const k = 1.2
    const b = 0.75
    const norm = k * (1 - b + b * doc.text.keys.length / this.averageLength)
    let relevance = 0
    rarity.forEach((idf, i) => {
      const title = fields.title.stats[i]
      const text = fields.text.stats[i]
      const code = fields.text.code[i]
      relevance += idf * (
        doc.title.weight * title.best * (title.count ? 1 + Math.log(title.count) : 0) +
        text.best * text.count * (k + 1) / (text.count + norm) +
        CODE_WEIGHT * code.best * code.count * (k + 1) / (code.count + norm)
      )
    })
    if (!doc.location.includes("#"))
      relevance *= PAGE_WEIGHT
    relevance = Math.min(relevance * doc.boost, 999)
    return (
      match.coverage * 1e10 +
      Math.min(match.run, 99) * 1e8 +
      Math.round(match.quality * 10) * 1e5 +
      match.phrase * 1e4 +
      Math.round(relevance * 10)
    )
  }

  /* Group sections under their page, pages in the order of their best section. */
  group(matches, terms) {
    const groups = new Map()
    for (const match of matches) {
      const [page] = match.doc.location.split("#")
      if (!groups.has(page))
        groups.set(page, [])
      groups.get(page).push(this.item(match, terms))
    }
    for (const [page, items] of groups)
      if (!items.some(item => item.location === page)) {
        const doc = this.docs.find(d => d.location === page)
        if (doc)
          items.push({ location: doc.location, title: doc.title.html, text: "", score: 0, terms: {} })
      }
    return [...groups.values()]
  }

  /* One section as Material renders it: title and excerpt with <mark>s, terms found or not. */
  item(match, terms) {
    const { doc, fields } = match
    const title = highlight(doc.title.html, 0, doc.title.html.length,
      fields.title.hits.map(hit => doc.title.spans[hit.j]))
    return {
      location: doc.location,
      title,
      text: this.excerpt(doc, fields.text.hits),
      score: match.score,
      terms: Object.fromEntries(terms.map((term, i) => [term.lower, match.found[i]]))
    }
  }

  /*
   * The two blocks (paragraphs, lists) that hold the most query words, then the longest
   * run of them, shown in page order; prose before code examples; the first block if the
   * text has no match. A code example shows only its lines that match, as inline code that
   * wraps, not as a block cut at the right of the result list.
   */
  excerpt(doc, hits) {
    const html = doc.text.html
    const blocks = doc.blocks.map(([start, end], order) => {
      const inside = hits.filter(hit => {
        const [s] = doc.text.spans[hit.j]
        return s >= start && s < end
      })
      const mask = inside.reduce((m, hit) => m | hit.mask, 0)
      const run = inside.reduce((r, hit) => Math.max(r, hit.run), 0)
      const code = inside.length > 0 && inside.every(hit => hit.code)
      return { start, end, order, inside, code, weight: bitCount(mask) * 100 + run }
    })
    const chosen = blocks
      .filter(block => block.inside.length)
      .sort((a, b) => a.code - b.code || b.weight - a.weight || a.order - b.order)
      .slice(0, EXCERPT_BLOCKS)
      .sort((a, b) => a.order - b.order)
    if (!chosen.length)
      return blocks.length ? html.slice(blocks[0].start, blocks[0].end) : ""
    return chosen
      .map(block => {
        const spans = block.inside.map(hit => doc.text.spans[hit.j])
        return (block.code && codeLines(html, block.start, block.end, spans)) ||
          highlight(html, block.start, block.end, spans)
      })
      .join("")
  }
}

/*
 * The lines of a code block (<pre><code>…</code></pre>) that hold a match, at most CODE_LINES,
 * each as inline code on a line of its own; null if the block holds markup inside.
 */
function codeLines(html, start, end, spans) {
  const block = html.slice(start, end)
  const inner = start + block.match(/^(?:<[^>]*>)*/)[0].length
  const outer = end - block.match(/(?:<\/[^>]*>)*$/)[0].length
  if (html.slice(inner, outer).includes("<"))
    return null
  const lines = []
  for (let from = inner; from < outer && lines.length < CODE_LINES;) {
    let to = html.indexOf("\n", from)
    if (to < 0 || to > outer)
      to = outer
    const inLine = spans.filter(([s]) => s >= from && s < to)
    if (inLine.length) {
      let first = from
      while (first < inLine[0][0] && html[first] === " ")
        first++
      lines.push("<code>" + highlight(html, first, to, inLine) + "</code>")
    }
    from = to + 1
  }
  return "<p>" + lines.join("<br>") + "</p>"
}

if (typeof module !== "undefined")
  module.exports = { fold, searchKey, words, SearchEngine }
