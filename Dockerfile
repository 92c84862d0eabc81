# crosscheck in a container: the statically linked binary from tools/build-static.sh on a small
# Debian base (it needs only libc, libstdc++ and libgcc_s, which the base has).
#
#   tools/build-static.sh              # writes dist/crosscheck
#   docker build -t crosscheck .
#   docker run --rm -v "$PWD:/work" crosscheck check news --format html --output report.html
FROM debian:bookworm-slim
COPY dist/crosscheck /usr/local/bin/crosscheck
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/crosscheck"]
CMD ["--help"]
