# Salesfloor from R: one long-lived `salesfloor serve --stdio` process, asked in JSON lines
# (docs/RESEARCH.md has the protocol). Needs the packages processx (a child process with both
# pipes: base R's pipe() reads or writes, not both) and jsonlite:
#   install.packages(c("processx", "jsonlite"))
#
#   source("docs/R/salesfloor.R")
#   sf <- salesfloor_start()                    # from the repository's root; or root = "path/to/salesfloor"
#   r <- salesfloor_run(sf, "founder", seed = "7", weeks = 52, set = list("plan.commissionRate" = 0.06))
#   r$hash; r$totals$profit; r$measures$y1Profit
#   b <- salesfloor_runs(sf, "founder", seeds = 20, weeks = 104,
#                        points = lapply(c(0.02, 0.05, 0.08), function(c) list("plan.commissionRate" = c)))
#   b$values[, , "y2Profit"]                    # points x seeds
#   salesfloor_stop(sf)
#
# A refused request stops with its one-line message; the process reads on. NA stands for a measure
# whose window lies outside the run (null in JSON). A list of one seed must stay a list: I("7").

salesfloor_start <- function(root = ".", workers = NULL, node = "node") {
  args <- c(file.path(root, "bin", "salesfloor.mjs"), "serve", "--stdio")
  if (!is.null(workers)) args <- c(args, "--workers", as.character(workers))
  sf <- new.env()
  sf$process <- processx::process$new(node, args, stdin = "|", stdout = "|", stderr = "|")
  sf$id <- 0L
  sf$lines <- character(0)
  sf
}

# One request (op and its fields, NULL fields left out); its result, or stop() with the refusal.
salesfloor_request <- function(sf, op, ...) {
  fields <- Filter(Negate(is.null), list(...))
  sf$id <- sf$id + 1L
  line <- jsonlite::toJSON(c(list(id = sf$id, op = op), fields), auto_unbox = TRUE, digits = NA)
  sf$process$write_input(paste0(line, "\n"))
  while (length(sf$lines) == 0) {
    if (!sf$process$is_alive() && !sf$process$is_incomplete_output()) {
      stop("salesfloor serve ended: ", paste(sf$process$read_all_error_lines(), collapse = " "))
    }
    sf$process$poll_io(1000)
    sf$lines <- c(sf$lines, sf$process$read_output_lines())
  }
  reply <- jsonlite::fromJSON(sf$lines[1], simplifyVector = FALSE)
  sf$lines <- sf$lines[-1]
  if (!isTRUE(reply$ok)) stop(reply$error$message, " [", reply$error$key, "]", call. = FALSE)
  reply$result
}

na <- function(x) if (is.null(x)) NA_real_ else as.numeric(x)  # JSON null (no NaN in JSON) as NA; integers as doubles

salesfloor_run <- function(sf, scenario, seed = "1", weeks = NULL, set = NULL, decisions = NULL,
                           measures = NULL, with_weeks = FALSE) {
  r <- salesfloor_request(sf, "run", scenario = scenario, seed = as.character(seed), weeks = weeks,
                          set = set, decisions = decisions, measures = measures,
                          withWeeks = if (with_weeks) TRUE else NULL)
  r$measures <- lapply(r$measures, na)
  if (with_weeks) r$weeks <- do.call(rbind, lapply(r$weeks, function(w) as.data.frame(lapply(w, na))))
  r
}

# Every point on every seed for their measures, on serve's worker threads: an array points x seeds x measures.
salesfloor_runs <- function(sf, scenario, seeds, points = NULL, weeks = NULL, set = NULL, measures = NULL) {
  seeds <- if (length(seeds) == 1 && is.numeric(seeds)) as.character(seq_len(seeds)) else as.character(seeds)
  r <- salesfloor_request(sf, "runs", scenario = scenario, seeds = I(seeds), points = points, weeks = weeks,
                          set = set, measures = measures)
  names <- unlist(r$names)
  values <- array(NA_real_, c(length(r$values), length(seeds), length(names)),
                  dimnames = list(NULL, seeds, names))
  for (p in seq_along(r$values)) for (s in seq_along(seeds)) values[p, s, ] <- vapply(r$values[[p]][[s]], na, 0)
  list(names = names, seeds = seeds, values = values)
}

salesfloor_stop <- function(sf) {
  close(sf$process$get_input_connection())  # the end of its input ends serve
  sf$process$wait(30000)
  invisible(sf$process$get_exit_status())
}
