-- POST /inventory/reservations: one unit of BENCH_PRODUCT for a new order, with a new
-- Idempotency-Key, as one of BENCH_TOKENS' users (space-separated, one picked per request: many
-- buyers, as the per-caller hold limits expect), per request (wrk's LuaJIT has no UUID: random hex).
local tokens = {}
for token in string.gmatch(os.getenv("BENCH_TOKENS"), "%S+") do tokens[#tokens + 1] = token end
local product = os.getenv("BENCH_PRODUCT")
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
local function hex(n)
  local s = ""
  for _ = 1, n do s = s .. string.format("%x", math.random(0, 15)) end
  return s
end
local function uuid()
  return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-" .. string.format("%x", math.random(8, 11)) .. hex(3) .. "-" .. hex(12)
end
function request()
  local body = '{"orderId":"' .. uuid() .. '","lines":[{"productId":"' .. product .. '","quantity":1}]}'
  return wrk.format("POST", "/inventory/reservations", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[math.random(1, #tokens)],
    ["Idempotency-Key"] = uuid(),
  }, body)
end
