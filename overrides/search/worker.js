/*
 * The search worker behind the theme's search box (overrides/main.html points Material at it).
 *
 * It speaks Material for MkDocs' worker protocol: SETUP -> READY, QUERY (the text typed) ->
 * RESULT. The theme starts it on every page load, so it stays tiny and answers at once; the
 * engine and the folded index are fetched only when the reader types a first query.
 */
"use strict"

const SETUP = 0
const READY = 1
const QUERY = 2
const RESULT = 3

let engine = null               /* the SearchEngine, once loaded */
let loading = null              /* its loading, while under way */
let waiting = null              /* the latest query typed while loading */

function answer(query) {
  postMessage({ type: RESULT, data: engine ? engine.search(query) : { items: [] } })
}

function load() {
  if (loading === null)
    loading = (async () => {
      importScripts("engine.js")
      const response = await fetch(new URL("folded_index.json", self.location))
      if (!response.ok)
        throw new Error(`search index: HTTP ${response.status}`)
      engine = new SearchEngine(await response.json())
    })()
  return loading
}

addEventListener("message", ({ data: message }) => {
  switch (message.type) {

    /* The theme sends its stub index; ours is fetched on demand */
    case SETUP:
      postMessage({ type: READY })
      break

    case QUERY:
      if (engine !== null || !message.data.trim()) {
        waiting = null
        answer(message.data)
        break
      }
      waiting = message.data
      load().then(
        () => {
          if (waiting !== null)
            answer(waiting)
          waiting = null
        },
        error => {
          console.warn(error)
          loading = null
          if (waiting !== null)
            answer("")
          waiting = null
        }
      )
      break
  }
})
