package dev.rabiap.plugin.email;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A parsed {@code imap://user@host[:port]/FOLDER} or {@code imaps://…} URL. The user and the folder
 * may be percent-encoded ({@code audit%40moi.go.th}). A password in the URL is refused, so that it
 * cannot end up in a report.
 *
 * @param secure whether the scheme is {@code imaps}
 * @param user the login name
 * @param host the server
 * @param port the port, 993 or 143 when the URL has none
 * @param folder the folder, {@code INBOX} when the URL has none
 */
record ImapLocation(boolean secure, String user, String host, int port, String folder) {

    /** @throws IllegalArgumentException for a URL that is not a usable IMAP URL */
    static ImapLocation parse(String url) {
        int schemeEnd = url.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("imap") && !scheme.equals("imaps")) {
            throw new IllegalArgumentException("not an imap:// or imaps:// URL: " + redact(url));
        }
        String rest = url.substring(schemeEnd + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("the IMAP URL needs a user: imap[s]://user@host/FOLDER, not " + redact(url));
        }
        String userInfo = authority.substring(0, at);
        if (userInfo.contains(":")) {
            throw new IllegalArgumentException("the IMAP URL must not hold a password; use the password-file or password-env option");
        }
        String user = decode(userInfo);
        String hostPort = authority.substring(at + 1);
        boolean secure = scheme.equals("imaps");
        int port = secure ? 993 : 143;
        String host = hostPort;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port in the IMAP URL: " + redact(url), e);
            }
            if (port <= 0 || port > 65535) {
                throw new IllegalArgumentException("bad port in the IMAP URL: " + redact(url));
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("the IMAP URL has no host: " + redact(url));
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String folder = decode(path);
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return new ImapLocation(secure, user, host, port, folder.isEmpty() ? "INBOX" : folder);
    }

    /** The protocol name Jakarta Mail knows: {@code imap} or {@code imaps}. */
    String protocol() {
        return secure ? "imaps" : "imap";
    }

    /** {@code imap://host/FOLDER}: the source name in evidence and reports, without user or password. */
    String source() {
        return "imap://" + host + "/" + folder;
    }

    /** The key of this folder in a state file: user, host, port and folder. */
    String stateKey() {
        return user + "@" + host + ":" + port + "/" + folder;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        return url.replaceAll("://[^@/]*:[^@/]*@", "://***@");
    }
}
