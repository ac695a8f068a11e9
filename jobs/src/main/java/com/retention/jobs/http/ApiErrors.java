package com.retention.jobs.http;

import com.retention.jobs.errors.OneLineMessage;
import com.retention.jobs.errors.BusyException;
import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.errors.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The API's answer to whatever went wrong under {@code /api}: a status and one line of JSON, never a
 * stack trace. The same exceptions the command line turns into its one-line errors and exit codes.
 */
@RestControllerAdvice // no selector: it also answers what fails before a controller is chosen (a too large upload)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<ApiError> busy(BusyException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(UserInputException.class)
    ResponseEntity<ApiError> badInput(UserInputException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A job that ran and failed: restartable, so the answer names the run to restart. */
    @ExceptionHandler(JobFailedException.class)
    ResponseEntity<ApiError> failed(JobFailedException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.CONTENT_TOO_LARGE, "the file is larger than retention.http.max-upload allows");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.BAD_REQUEST, "no file: send the file as the multipart part '" + e.getRequestPartName() + "'");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> notMultipart(MultipartException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.BAD_REQUEST, "send the file as multipart/form-data with a part 'file'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.BAD_REQUEST, "missing parameter '" + e.getParameterName() + "'");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        String expected = e.getRequiredType() == null ? "" : " (expected " + example(e.getRequiredType()) + ")";
        return answer(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName() + expected);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.BAD_REQUEST, "the request body is not the JSON expected: "
                + OneLineMessage.of(e));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content type " + e.getContentType() + " is not accepted here");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.METHOD_NOT_ALLOWED, e.getMethod() + " is not accepted here");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        return answer(HttpStatus.NOT_FOUND, "no such resource: /" + e.getResourcePath());
    }

    /** Anything else is our fault: logged with its trace for the operator, one line for the caller. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request)
            throws Exception {
        apiOnly(request, e);
        log.error("request failed", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal error (" + OneLineMessage.of(e) + "); the server log has the details");
    }

    /**
     * The console's pages have their own error page: what fails outside {@code /api} is thrown on
     * as it is, to Spring's other resolvers and Boot's error view.
     */
    private static <E extends Exception> void apiOnly(HttpServletRequest request, E e) throws E {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
    }

    private static String example(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date like 2026-11-22";
            case "Long", "long", "Integer", "int" -> "a number";
            default -> type.getSimpleName();
        };
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
        String line = message == null ? status.getReasonPhrase() : message.lines().findFirst().orElse("");
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(new ApiError(line));
    }
}
