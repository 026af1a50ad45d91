-- Paces each wrk connection: waits the given milliseconds before each request, so that
-- connections x (1000 / delay) is the offered rate (wrk itself only measures at saturation).
local wait = 0
function init(args)
  wait = tonumber(args[1]) or 0
end
function delay()
  return wait
end
