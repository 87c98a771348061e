-- wrk script: cycles through bench/queries.tsv against the search API (or the page, with SEARCH_PATH=/search)
-- and prints p50/p95/p99 in milliseconds as a line the run script reads.
local path = os.getenv("SEARCH_PATH") or "/api/v1/search"
local queries_file = os.getenv("QUERIES") or "bench/queries.tsv"
local requests = {}

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

for line in io.lines(queries_file) do
  if not line:match("^#") and line:match("%S") then
    local class, q, lang = line:match("^([^\t]*)\t([^\t]*)\t?([^\t]*)")
    local url = path .. "?q=" .. encode(q)
    if lang and lang ~= "" then url = url .. "&lang=" .. lang end
    table.insert(requests, url)
  end
end

local i = 0
request = function()
  i = i % #requests + 1
  return wrk.format("GET", requests[i])
end

done = function(summary, latency, requests_)
  io.write(string.format("LATENCY_MS p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
