suppressMessages({library(AER); library(tseries); library(forecast); library(strucchange); library(carData); library(urca)})
data(ArgentinaCPI, ChinaIncome, MotorCycles2, GermanUnemployment, USMacroG, FrozenJuice, PepperPrice, UKNonDurables, DJFranses, USProdIndex, package="AER")
data(bev, NelPlo, tcm, package="tseries")
data(USMacroSW, USMacroSWM, USGasG, DutchSales, OrangeCounty, BondYield, TechChange, package="AER")
data(USConsump1993, USGasB, ManufactCosts, KleinI, BenderlyZwick, package="AER")
data(USMacroB, UKInflation, DutchAdvert, package="AER")
s <- list(
 ArgentinaCPI = ArgentinaCPI,
 ChinaIncome.industry = ChinaIncome[, "industry"],
 MotorCycles2 = MotorCycles2,
 GermanUnemployment = GermanUnemployment[, "unadjusted"],
 USMacroG.unemp = USMacroG[, "unemp"],
 FrozenJuice.price = FrozenJuice[, "price"],
 PepperPrice.black = PepperPrice[, "black"],
 UKNonDurables = UKNonDurables,
 bev = bev,
 NelPlo.gnp.capita = NelPlo[, "gnp.capita"],
 NelPlo.unemp = NelPlo[, "unemp"],
 NelPlo.int.rate = NelPlo[, "int.rate"],
 tcm10y = tcm[, "tcm10y"],
 gas = gas, wineind = wineind, woolyrnq = woolyrnq,
 discoveries = discoveries, nhtemp = nhtemp,
 beaver2.temp = ts(beaver2$temp),
 DJFranses = DJFranses,
 USProdIndex = USProdIndex[, "unadjusted"])
# the second batch (../eye_changes2.tsv)
s <- c(s, list(
 NelPlo.ip = NelPlo[, "ip"],
 NelPlo.cpi = NelPlo[, "cpi"],
 NelPlo.stock.prices = NelPlo[, "stock.prices"],
 NelPlo.real.wages = NelPlo[, "real.wages"],
 ChinaIncome.agriculture = ChinaIncome[, "agriculture"],
 PepperPrice.white = PepperPrice[, "white"],
 EuStockMarkets.DAX = EuStockMarkets[, "DAX"],
 USMacroG.inflation = USMacroG[, "inflation"],
 USMacroG.tbill = USMacroG[, "tbill"],
 Seatbelts.PetrolPrice = Seatbelts[, "PetrolPrice"]))
# the third batch (../eye_changes3.tsv)
s <- c(s, list(
 USMacroG.gdp = USMacroG[, "gdp"],
 USMacroG.m1 = USMacroG[, "m1"],
 ChinaIncome.transport = ChinaIncome[, "transport"],
 NelPlo.emp = NelPlo[, "emp"],
 NelPlo.vel = NelPlo[, "vel"],
 Seatbelts.kms = Seatbelts[, "kms"],
 EuStockMarkets.FTSE = EuStockMarkets[, "FTSE"],
 freeny.y = freeny.y))
# the fourth batch (../eye_changes4.tsv)
s <- c(s, list(
 NelPlo.gnp.real = NelPlo[, "gnp.real"],
 NelPlo.money.stock = NelPlo[, "money.stock"],
 ChinaIncome.construction = ChinaIncome[, "construction"],
 ChinaIncome.commerce = ChinaIncome[, "commerce"],
 USMacroG.invest = USMacroG[, "invest"],
 USMacroG.cpi = USMacroG[, "cpi"],
 EuStockMarkets.CAC = EuStockMarkets[, "CAC"],
 Seatbelts.rear = Seatbelts[, "rear"]))
# the fifth batch (../eye_changes5.tsv)
s <- c(s, list(
 USMacroSW.gdpjp = USMacroSW[, "gdpjp"],
 USMacroSW.gbpusd = USMacroSW[, "gbpusd"],
 USMacroSWM.production = USMacroSWM[, "production"],
 USGasG.gas = USGasG[, "gas"],
 DutchSales = DutchSales,
 OrangeCounty.employment = OrangeCounty[, "employment"],
 BondYield = BondYield,
 TechChange.output = TechChange[, "output"]))
# the sixth batch (../eye_changes6.tsv): short yearly series
s <- c(s, list(
 USConsump1993.income = USConsump1993[, "income"],
 USGasB.cars = USGasB[, "cars"],
 USGasB.price = USGasB[, "price"],
 ManufactCosts.cost = ManufactCosts[, "cost"],
 KleinI.invest = KleinI[, "invest"],
 BenderlyZwick.inflation = BenderlyZwick[, "inflation"],
 USGasG.newcar = USGasG[, "newcar"],
 TechChange.clr = TechChange[, "clr"]))
# the seventh batch (../eye_changes7.tsv), held back from bench/shifts
s <- c(s, list(
 EuStockMarkets.SMI = EuStockMarkets[, "SMI"],
 USMacroSW.ffrate = USMacroSW[, "ffrate"],
 USMacroB.mbase = USMacroB[, "mbase"],
 UKInflation.actual = UKInflation[, "actual"],
 DutchAdvert.tv = DutchAdvert[, "tv"],
 NelPlo.gnp.def = NelPlo[, "gnp.def"],
 USGasG.price = USGasG[, "price"],
 lh = lh))
# the eighth batch (../eye_changes8.tsv), held back from bench/shifts
data(USMoney, package="AER")
data(USIncExp, durab, package="strucchange")
data(nino, package="tseries")
s <- c(s, list(
 OrangeCounty.gnp = OrangeCounty[, "gnp"],
 KleinI.gnp = KleinI[, "gnp"],
 USIncExp.income = USIncExp[, "income"],
 USMoney.deflator = USMoney[, "deflator"],
 durab.y = durab[, "y"],
 USGasG.usedcar = USGasG[, "usedcar"],
 nino3.4 = nino3.4,
 NelPlo.nom.wages = NelPlo[, "nom.wages"]))
# the ninth batch (../eye_changes9.tsv): 30-59 values, held back
s <- c(s, list(
 freeny.price.index = ts(freeny$price.index),
 freeny.market.potential = ts(freeny$market.potential),
 USGasG.transport = USGasG[, "transport"],
 USGasG.durable = USGasG[, "durable"],
 USGasG.service = USGasG[, "service"],
 USGasB.gas = USGasB[, "gas"],
 USGasB.deflator = USGasB[, "deflator"],
 TechChange.technology = TechChange[, "technology"]))
# the tenth batch (../eye_changes10.tsv), held back
data(PhillipsCurve, package="strucchange")
data(camp, ice.river, package="tseries")
s <- c(s, list(
 NelPlo.gnp.nom = NelPlo[, "gnp.nom"],
 PhillipsCurve.u = PhillipsCurve[, "u"],
 PhillipsCurve.dp = PhillipsCurve[, "dp"],
 DutchAdvert.radio = DutchAdvert[, "radio"],
 FrozenJuice.ppi = FrozenJuice[, "ppi"],
 FrozenJuice.fdd = FrozenJuice[, "fdd"],
 ice.river.flow.vat = ice.river[, "flow.vat"],
 camp = camp))
# the eleventh batch (../eye_changes11.tsv): short series, held back
data(Hartnagel, package="carData")
data(denmark, package="urca")
s <- c(s, list(
 Hartnagel.tfr = ts(Hartnagel$tfr, start = 1931),
 Hartnagel.partic = ts(Hartnagel$partic, start = 1931),
 Hartnagel.degrees = ts(Hartnagel$degrees, start = 1931),
 Hartnagel.fconvict = ts(Hartnagel$fconvict, start = 1931),
 Hartnagel.mtheft = ts(Hartnagel$mtheft, start = 1931),
 denmark.LRM = ts(denmark$LRM, start = c(1974, 1), frequency = 4),
 denmark.LRY = ts(denmark$LRY, start = c(1974, 1), frequency = 4),
 denmark.IBO = ts(denmark$IBO, start = c(1974, 1), frequency = 4)))
for (nm in names(s)) {
  x <- s[[nm]]; t <- as.numeric(time(x)); y <- as.numeric(x)
  keep <- !is.na(y); first <- which(keep)[1]; last <- max(which(keep))
  t <- t[first:last]; y <- y[first:last]
  write.csv(data.frame(i = seq_along(y) - 1, time = round(t, 3), value = y),
            file.path(".", paste0(nm, ".csv")), row.names = FALSE, quote = FALSE)
  cat(nm, length(y), sum(is.na(y)), "\n")
}
