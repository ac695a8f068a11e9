Hello, ${name}! You asked to end your contract or to move your number to another operator. We would like
to keep you<#if offerTariff??>: instead of "${currentTariff}", "${offerTariff}" would save you ${saving} a month,
an offer valid until ${offerValidUntil}. Shall we switch you<#else>. What can we do for you</#if>?
