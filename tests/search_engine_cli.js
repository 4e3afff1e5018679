/*
 * Test harness: runs overrides/search/engine.js under node on a JSON request read from stdin.
 * {"engine": path, "strings": [...]} -> fold, searchKey and words of each string;
 * {"engine": path, "index": {...}, "queries": [...]} -> the engine's result for each query.
 */
"use strict"
const request = JSON.parse(require("fs").readFileSync(0, "utf8"))
const { fold, searchKey, words, SearchEngine } = require(request.engine)
const answer = {}
if (request.strings)
  answer.strings = request.strings.map(text => [fold(text), searchKey(text), words(text)])
if (request.index) {
  const engine = new SearchEngine(request.index)
  answer.results = request.queries.map(query => engine.search(query))
}
process.stdout.write(JSON.stringify(answer))
