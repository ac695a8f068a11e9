package com.retention.jobs.demo;

/** One row of the area hierarchy REGION > CITY > DISTRICT > BUILDING/NODE; zones on regions only. */
public record DemoArea(String code, String name, String parentCode, String kind, String timezone) {
}
