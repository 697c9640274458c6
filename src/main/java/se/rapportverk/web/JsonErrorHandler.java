package se.rapportverk.web;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to what never reaches Javalin (a malformed request, headers that are too large):
 * the same Swedish JSON as the API's own errors instead of Jetty's English HTML page. One for the
 * server, one for the servlet context Javalin runs in.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final String JSON = "application/json; charset=utf-8";

    static byte[] body(int status) {
        return Json.bytes(Json.error(new WebError(status, StatusTexts.of(status))));
    }

    static void writeJson(Response response, int code, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        writeJson(response, code, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
        return ByteBuffer.wrap(body(status));
    }

    /** The same for the servlet context. */
    static final class ForServlets extends org.eclipse.jetty.ee10.servlet.ErrorHandler {

        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                                        Throwable cause, Callback callback) {
            writeJson(response, code, callback);
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                     String contentType, List<Charset> charsets, int code,
                                                     String message, Throwable cause) {
            writeJson(response, code, callback);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
            return ByteBuffer.wrap(body(status));
        }
    }
}
