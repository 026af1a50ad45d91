-- A flash sale on BENCH_PRODUCT (or one of several, space-separated, picked at random): each wrk thread's connections reserve one unit for a new order
-- (new Idempotency-Key) as one of the thread's own buyers (BENCH_TOKENS, space-separated, split
-- evenly between threads, used in turn), and every reservation made is released by its buyer
-- before the thread makes another: no buyer holds more than a reservation or two, so the hold
-- limits stay on at their defaults and are never reached. Releasing writes the hot row too, as a
-- checkout's commitment would. (wrk's LuaJIT has no UUID: random hex.)
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

-- NAME's words, or those of the file NAME_FILE names (hundreds of tokens outgrow an environment variable).
function words(name)
  local file = os.getenv(name .. "_FILE")
  if not file then return os.getenv(name) end
  local f = assert(io.open(file))
  local text = f:read("*a")
  f:close()
  return text
end

function init(args)
  local all = {}
  for token in string.gmatch(words("BENCH_TOKENS"), "%S+") do all[#all + 1] = token end
  local per = math.floor(#all / tonumber(os.getenv("BENCH_THREADS")))
  tokens = {}
  for i = 1, per do tokens[i] = all[id * per + i] end
  products = {}
  for product in string.gmatch(words("BENCH_PRODUCT"), "%S+") do products[#products + 1] = product end
  turn, made, releasing = 0, {}, {}
  math.randomseed(os.time() + id * 7919 + tonumber(tostring({}):sub(8), 16))
end

local function hex(n)
  local s = ""
  for _ = 1, n do s = s .. string.format("%x", math.random(0, 15)) end
  return s
end
local function uuid()
  return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-" .. string.format("%x", math.random(8, 11)) .. hex(3) .. "-" .. hex(12)
end

-- Responses of a thread's connections come in any order: the order id's last 12 hex digits name
-- the buyer (its place in the thread's tokens), and the response carries the order id back.
function request()
  if #made > 0 then
    local reservation = table.remove(made, 1)
    return wrk.format("POST", "/inventory/reservations/" .. reservation.id .. "/release",
      {["Authorization"] = "Bearer " .. tokens[reservation.buyer]})
  end
  turn = turn % #tokens + 1
  local order = hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. string.format("%012x", turn)
  local product = products[math.random(1, #products)]
  local body = '{"orderId":"' .. order .. '","lines":[{"productId":"' .. product .. '","quantity":1}]}'
  return wrk.format("POST", "/inventory/reservations", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[turn],
    ["Idempotency-Key"] = uuid(),
  }, body)
end

function response(status, headers, body)
  if status == 201 then
    local id = string.match(body, '"id":"([%x%-]+)"')
    local buyer = string.match(body, '"orderId":"[%x%-]+%-(%x+)"')
    table.insert(made, {id = id, buyer = tonumber(buyer, 16)})
  end
end
