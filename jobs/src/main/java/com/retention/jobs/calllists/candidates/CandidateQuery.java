package com.retention.jobs.calllists.candidates;

import com.retention.jobs.calllists.CallListDay;

/**
 * What an INSERT..SELECT of the candidates step binds: the day ({@code #{day.date}}...), the domain's
 * rules ({@code #{rules.…}}) and D's notice windows ({@code #{windows.…}}).
 */
public record CandidateQuery(CallListDay day, CandidateRules rules, NoticeWindows windows) {
}
