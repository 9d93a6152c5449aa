package io.orderservice.platform;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report — for a request it refused before any servlet saw it (a bad percent-encoding, an encoded
 * NUL or slash, a character no URL may hold) — as an RFC 9457 problem instead of its HTML page. Says no more than
 * the status: the request is not echoed, nor the server named.
 */
class ProblemReportValve extends ErrorReportValve {

    private static final String PROBLEM = """
            {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}""";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var known = HttpStatus.resolve(status);
        var title = known == null ? "Error" : known.getReasonPhrase();
        var detail = status < 500 ? "The request could not be read: its URL, headers or body are malformed"
                : "The service failed unexpectedly";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(PROBLEM.formatted(title, status, detail));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response committed: nothing more to tell
        }
    }
}
