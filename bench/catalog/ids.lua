-- GET /products/{id} over a list of ids (one per line in the file BENCH_IDS names), in turn.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  ids[#ids + 1] = line
end
local next = 0
function request()
  next = next + 1
  return wrk.format("GET", "/products/" .. ids[(next % #ids) + 1])
end
