package com.retention.jobs.http;

/** Every refusal of the API, as one line: {@code {"error": "..."}}. */
public record ApiError(String error) {
}
