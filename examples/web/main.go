package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it serves until ctx is done (Ctrl-C),
// lets requests in flight finish, and returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("web", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the reason is printed in Korean below, then the usage
	fs.Usage = func() {}
	addrFlag := fs.String("addr", "127.0.0.1:8080", "listen on `ADDR`: a port (8080) or host:port; only 127.0.0.1 unless a host is given")
	usage := func() {
		fmt.Fprintln(stderr, "usage: web [-addr 127.0.0.1:8080]")
		fs.SetOutput(stderr)
		fs.PrintDefaults()
	}
	refuse := func(why string) int {
		fmt.Fprintln(stderr, "web:", why)
		usage()
		return 2
	}
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		usage()
		return 0
	}
	if err != nil {
		return refuse("플래그를 읽지 못했습니다: " + err.Error())
	}
	if fs.NArg() > 0 {
		return refuse(fmt.Sprintf("인자는 받지 않습니다 (받은 값: %q).", strings.Join(fs.Args(), " ")))
	}
	addr, err := listenAddr(*addrFlag)
	if err != nil {
		return refuse(err.Error())
	}

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(stderr, "web: 주소를 열 수 없습니다:", err)
		return 1
	}
	logger := log.New(stderr, "web: ", log.LstdFlags)
	srv := newHTTPServer(newServer(options{Log: logger}))
	srv.ErrorLog = logger
	fmt.Fprintf(stdout, "공부 페이지: http://%s/  (끝내려면 Ctrl-C)\n", ln.Addr())

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		fmt.Fprintln(stderr, "web:", err)
		return 1
	case <-ctx.Done():
	}
	// Ctrl-C: stop accepting, let requests in flight finish.
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		fmt.Fprintln(stderr, "web: 종료하는 동안:", err)
		return 1
	}
	fmt.Fprintln(stdout, "종료했습니다.")
	return 0
}

// listenAddr turns the -addr flag into host:port. A bare port (8080 or
// :8080) listens on 127.0.0.1 only: all interfaces only when asked for by
// name (0.0.0.0:8080).
func listenAddr(s string) (string, error) {
	s = strings.TrimSpace(s)
	if p, err := strconv.Atoi(strings.TrimPrefix(s, ":")); err == nil {
		if p < 0 || p > 65535 {
			return "", fmt.Errorf("-addr의 포트는 0에서 65535 사이여야 합니다 (받은 값: %q).", s)
		}
		return net.JoinHostPort("127.0.0.1", strconv.Itoa(p)), nil
	}
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		return "", fmt.Errorf("-addr은 8080이나 127.0.0.1:8080처럼 쓰세요 (받은 값: %q).", s)
	}
	if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		return "", fmt.Errorf("-addr의 포트는 0에서 65535 사이의 숫자여야 합니다 (받은 값: %q).", s)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port), nil
}

// newHTTPServer wraps h in a server with every timeout set, so a slow or
// silent client cannot hold a connection open.
func newHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
}
