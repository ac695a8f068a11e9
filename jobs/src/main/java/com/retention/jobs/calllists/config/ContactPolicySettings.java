package com.retention.jobs.calllists.config;

import com.retention.domain.contact.ContactPolicyConfig;
import com.retention.domain.contact.HolidayCalendar;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the {@code retention.contact/calendar/control-group/teams} keys into the domain's policy config. */
@Configuration(proxyBeanMethods = false)
public class ContactPolicySettings {

    @Bean
    ContactPolicyConfig contactPolicyConfig(ContactProperties contact, CalendarProperties calendar,
                                            ControlGroupProperties controlGroup, TeamsProperties teams) {
        return new ContactPolicyConfig(contact.callWindow(), calendar.calendar(), contact.caps(),
                controlGroup.config(), teams.routing(), contact.complaintCooldownDays(),
                teams.shiftRouting(calendar.calendar()));
    }

    @Bean
    TeamCapacities teamCapacities(TeamsProperties teams, CalendarProperties calendar) {
        HolidayCalendar holidays = calendar.calendar();
        teams.capacityOn(LocalDate.now(), holidays); // a bad staffing stops the start, not the first night
        return day -> teams.capacityOn(day, holidays);
    }
}
