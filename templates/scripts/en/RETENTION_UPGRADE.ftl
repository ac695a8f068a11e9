Hello, ${name}! Your "${currentTariff}" plan is no longer offered. "${offerTariff}" costs no more
and gives at least as much data and speed. The offer is valid until ${offerValidUntil}. Shall we switch you?
