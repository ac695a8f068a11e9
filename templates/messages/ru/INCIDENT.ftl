Авария в сети с ${outageStart}. <#if outageEnd??>Восстановим до ${outageEnd}. <#else>Уже устраняем. </#if>Извините!
