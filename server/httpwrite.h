#pragma once

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace pakn::server {

struct HttpReply;

/// How HttpServer turns replies into httplib responses (httpreply.cpp). Internal to the HTTP layer.
namespace http {

/// Copies the reply into the response; a file reply becomes a content provider reading the file piece by
/// piece. A status without a body gets no Content-Type.
void writeReply(const HttpReply &reply, httplib::Response &res);
/// Replaces the response's body by one that announces the full length, sends half of it, and then fails,
/// so that httplib closes the connection (the truncated-body fault).
void truncateBody(httplib::Response &res);
/// Ends the request's connection without an answer (the dropped-connection fault).
void dropConnection(const httplib::Request &req);

} // namespace http
} // namespace pakn::server
