Hello, ${name}! You are on the "${currentTariff}" plan. For the way you use it, "${offerTariff}"
would save you ${saving} a month. The offer is valid until ${offerValidUntil}. Shall we switch you?
