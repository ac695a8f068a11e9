Network fault since ${outageStart}. <#if outageEnd??>We expect to fix it by ${outageEnd}. <#else>We are fixing it now. </#if>Sorry!
