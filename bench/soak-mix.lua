-- wrk script for bench/soak.sh: a newsroom's mixed traffic. Per 100 requests about 45 briefing pages, 15 home
-- pages, 10 statement/initiative lists, 20 searches (API and page, the query mix of bench/queries.tsv),
-- 8 Atom feeds, and every 250th request an edit: an import of one briefing (Basic auth, as an editor's tool
-- would), which empties the page cache and changes the index. Needs SLUGS (a file of briefing slugs, one per
-- line), QUERIES (bench/queries.tsv) and AUTH (base64 of user:password).
local slugs, queries = {}, {}
for line in io.lines(os.getenv("SLUGS")) do table.insert(slugs, line) end
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
for line in io.lines(os.getenv("QUERIES") or "bench/queries.tsv") do
  if not line:match("^#") and line:match("%S") then
    local _, q = line:match("^([^\t]*)\t([^\t]*)")
    table.insert(queries, encode(q))
  end
end
local auth = "Basic " .. os.getenv("AUTH")
local counter, edits = 0, 0

setup = function(thread) thread:set("id", math.random(1, 1000000)) end

request = function()
  counter = counter + 1
  if counter % 250 == 0 then
    edits = edits + 1
    local body = string.format('{"externalId":"soak-edit-%d","lang":"en","kind":"press-release",' ..
      '"title":"Soak edit %d of thread %d","date":"2026-11-29","body":"An edit during the soak run."}\n',
      edits % 20, edits, id)
    return wrk.format("POST", "/api/v1/import",
      {["Content-Type"] = "application/x-ndjson", ["Authorization"] = auth, ["Accept"] = "application/json"}, body)
  end
  local r = math.random(100)
  if r <= 45 then return wrk.format("GET", "/briefings/" .. slugs[math.random(#slugs)])
  elseif r <= 60 then return wrk.format("GET", "/")
  elseif r <= 65 then return wrk.format("GET", "/statements?page=" .. math.random(0, 20))
  elseif r <= 70 then return wrk.format("GET", "/initiatives")
  elseif r <= 80 then return wrk.format("GET", "/api/v1/search?q=" .. queries[math.random(#queries)])
  elseif r <= 90 then return wrk.format("GET", "/search?q=" .. queries[math.random(#queries)])
  else return wrk.format("GET", "/feeds/briefings.atom") end
end

done = function(summary, latency, requests)
  io.write(string.format("SOAK requests=%d errors_status=%d errors_socket=%d p50=%.2f p95=%.2f p99=%.2f max=%.2f\n",
    summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
