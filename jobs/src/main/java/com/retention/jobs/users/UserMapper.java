package com.retention.jobs.users;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Table app_user ({@code UserMapper.xml}); {@link UserStore} is its one user. */
@Mapper
interface UserMapper {

    /** 1, or 0 if the login exists already. */
    int insert(@Param("login") String login, @Param("role") Role role, @Param("teams") String[] teams,
               @Param("manager") String manager, @Param("passwordHash") String passwordHash);

    Optional<UserRow> find(String login);

    List<UserRow> all();

    int disable(String login);

    int setPassword(@Param("login") String login, @Param("passwordHash") String passwordHash);

    /** Whether this failure locked the login; empty when there is no such login. */
    Optional<Boolean> recordFailure(@Param("login") String login, @Param("maxFailures") int maxFailures,
                                    @Param("lockMinutes") int lockMinutes);

    int recordSuccess(String login);
}
