"""The words a specialised O*NET occupation needs in a posting title before the title may get it
(``posting_rules.posting_rule``'s NEEDS_WORD check), and the words of a place or trade that move a title to
another code (BY_CONTEXT). Data only."""

from __future__ import annotations

# Specialised codes whose O*NET titles use a common word in their own sense ("Strategy & Operations" under military
# operations leaders, "Deployment Engineer" under RFID specialists, "Growth Specialist" under plant scientists,
# "Marketing Specialist" under search marketing): a posting gets one only when its title says so; otherwise
# the next candidate (by code prefix)
MILITARY_WORDS = set("""army navy naval military marine marines usmc usaf uscg infantry artillery soldier soldiers sailor
sailors airman airmen cavalry armor armored armour battalion squadron platoon brigade regiment combat tactical forces
troops paratrooper submarine enlisted sergeant lieutenant corps coast guard reserve reserves""".split())
NEEDS_WORD = {"55-": MILITARY_WORDS,
              "11-1011.03": set("sustainability sustainable environmental esg climate carbon green energy".split()),
              "11-3031.03": set("fund funds investment investments portfolio asset assets hedge equity".split()),
              "13-1161.01": set("search seo sem ppc sea".split()),
              "15-1241.01": set("""telecommunications telecommunication telecom telecoms voice voip telephony pbx
                                 unified communications carrier""".split()),  # else network architects
              "17-2072.01": set("rfid radio frequency identification tag tags rf".split()),
              "47-1011.03": set("solar photovoltaic pv renewable".split()),  # ("Subcontracts Manager")
              # a bare social worker works with children and families (as the case files' coders code one)
              "21-1022.00": set("""medical medicine hospital hospitals hospice healthcare health clinical clinic inpatient
                                 outpatient patient patients oncology dialysis palliative nephrology rehab rehabilitation
                                 nursing icu acute emergency surgical pediatric lcsw transplant renal geriatric gerontology
                                 older elderly elder aging aged""".split()),
              # a data analyst is coded with data scientists by the case files' coders (O*NET lists one under statisticians)
              "15-2041.00": set("""statistician statisticians statistics statistical statistic biostatistics biostatistician
                                 biostatisticians survey surveys sampling census demographer demography""".split()),
              "19-1013.00": set("""soil soils plant plants crop crops agronomy agronomist horticulture horticulturist
                                botany botanist seed seeds weed weeds agricultural agriculture greenhouse""".split()),
              "11-9081.00": set("hotel hotels lodging motel resort inn hospitality guest rooms front".split()),
              "41-3021.00": set("""insurance insurer policy policies annuity annuities life medicare auto property casualty
                                 benefits underwriting""".split()),
              "41-3031.00": set("""securities broker brokerage stock stocks trader trading investment investments wealth
                                 commodities commodity futures equity equities bond bonds fund funds relationship banker
                                 banking bank financial advisor planner sales sale representative agent""".split()),
              "11-9111.00": set("""medical health healthcare clinical clinic clinics hospital hospitals nursing patient care
                                 practice dental pharmacy rehabilitation therapy behavioral hospice physician surgical
                                 emergency radiology laboratory lab medicine wellness mental imaging cardiology oncology
                                 ambulatory home residential assisted living senior elder eldercare aged geriatric
                                 veterinary vet optical optometry chiropractic dialysis pediatric pediatrics maternity
                                 physiotherapy ward icu ambulance ems infection er ed nurse nurses rn doctor doctors therapist
                                 therapists rehab respiratory pathology anesthesia perioperative nicu psychiatric
                                 hospitalist physicians""".split()),
              "31-9092.00": set("""medical clinical clinic clinics physician physicians doctor doctors patient patients
                                 health healthcare ophthalmic optometric chiropractic podiatric podiatry pediatric
                                 pediatrics dermatology surgical surgery cardiology orthopedic orthopedics urgent family
                                 practice ma cma rma hospital internal medicine women obgyn oncology""".split()),
              "31-9099.00": set("""medical clinical clinic physician patient patients health healthcare hospital dental
                                 surgical therapy pharmacy laboratory lab sterile""".split()),
              "21-1029.00": set("""social case welfare community family families child children youth housing homeless
                                 services service outreach benefits""".split()),
              "11-3021.00": set("""software engineering it information technology technologies computer computing data
                                 system systems digital cloud network networks infrastructure security cyber cybersecurity
                                 application applications platform platforms development developer web artificial
                                 intelligence machine learning ml ai technical tech devops database erp crm analytics
                                 automation telecommunications telecom architecture reliability sre qa""".split()),
              "11-3071.00": set("""transportation transport storage distribution warehouse warehousing logistics fleet
                                 freight shipping traffic delivery supply inventory dispatch trucking truck rail railroad
                                 airport port depot fulfillment transit terminal yard dock cargo courier route routes
                                 moving postal mail airline aviation marine ocean import export customs material
                                 materials receiving chain carrier carriers parcel""".split()),
              "11-3071.04": set("""supply chain procurement sourcing logistics inventory demand materials purchasing vendor
                                 vendors supplier suppliers distribution fulfillment""".split()),
              "37-2021.00": set("""pest pests termite termites exterminator extermination fumigation fumigator rodent
                                 bed bug bugs insect insects wildlife mosquito lawn""".split()),
              "47-1011.00": set("""construction trade trades site crew carpentry carpenter carpenters electrical electrician
                                 electricians plumbing plumber concrete roofing framing drywall painting painter masonry
                                 mining mine extraction drilling excavation paving demolition building civil field foreman
                                 superintendent installation solar hvac pipeline utility utilities rigging welding
                                 insulation glazing flooring""".split()),
              "51-1011.00": set("""production manufacturing plant assembly factory shift line machining machine machines
                                 fabrication packaging processing mill printing operator operators molding welding foundry
                                 bakery food bottling warehouse operations operation process sanitation""".split()),
              "11-9013.00": set("""farm farms farming ranch ranches agricultural agriculture crop crops livestock dairy cattle
                                 aquaculture fish fishery hatchery nursery greenhouse orchard vineyard poultry hog grain
                                 harvest plantation grove""".split()),
              "11-9199.09": set("wind turbine turbines renewable renewables energy".split()),
              "11-9199.10": set("wind turbine turbines renewable renewables energy".split()),
              "19-2041.01": set("climate environmental sustainability carbon emissions".split()),
              "53-2022.00": set("airfield airport aircraft flight airline aviation ramp runway air".split()),
              # (O*NET lists "Program Manager" under them: "Hardware Program Manager" was one)
              "11-9151.00": set("""social community service services youth family families child children welfare housing
                                 homeless homelessness outreach case nonprofit shelter volunteer volunteers refugee
                                 immigrant immigration senior seniors aging elderly disability disabilities veteran veterans
                                 recovery substance addiction prevention rehabilitation residential foster adoption victim
                                 victims domestic violence crisis public mental behavioral humanitarian relief charity
                                 faith church ministry food hunger poverty justice reentry tenant resident residents teen
                                 teens adolescent adolescents
                                 wellness health""".split()),
              "27-2012.04": set("""casting cast film films movie movies theatre theater television tv show shows
                                 entertainment actor actors actress music studio studios broadcast broadcasting
                                 performing performer performers stage""".split()),  # (a firm's talent is its staff)
              "53-5021.00": set("""ship ships vessel vessels marine maritime boat boats tug tugboat ferry barge yacht
                                 deck mate captain skipper sea ocean offshore harbor harbour port river dredge towboat
                                 merchant fishing master pilot pilots""".split()),  # (an airline's "First Officer")
              "43-4081.00": set("""hotel hotels motel resort resorts inn lodging hospitality guest guests suite suites
                                 casino cruise hostel""".split()),  # a clinic's or an office's front desk receives
              "33-9011.00": set("animal animals dog dogs pet pets wildlife humane shelter kennel livestock".split()),
              "13-1041.04": set("""government property federal contract contracts dcma inventory equipment asset assets
                                 surplus""".split()),  # (O*NET lists the bare "Quality Assurance Specialist" there)
              "41-4011.07": set("solar energy renewable renewables pv photovoltaic panel panels battery".split()),
              # ("Insights Specialist", "Customer Advisor": O*NET's auto specialists and advisors)
              "49-3023.00": set("""auto automotive automobile car cars vehicle vehicles brake brakes alignment aligner tire
                                 tires tyre tyres wheel wheels transmission engine engines motor clutch radiator carburetor
                                 lube lubrication oil emission emissions muffler ignition diesel fuel afv ev garage
                                 dealership collision suspension undercar chassis drivability magneto hydramatic antenna
                                 headlight injection wirer frameman wheelwright mirror squeak rattle bay conditioning
                                 mechanic mechanics trim repair repairer""".split()),
              # a college's administrators (O*NET lists many "Vice President for ..." titles under them)
              "11-9033.00": set("""college colleges university universities academic academics student students dean deans
                                 campus faculty admission admissions registrar enrollment alumni postsecondary school
                                 education educational provost institutional aid library libraries residence residential
                                 graduate undergraduate continuing extension athletic athletics chancellor
                                 curriculum instruction instructional learning""".split())}
# without its word, the specialty's own SOC code rather than the next candidate ("Strategist": marketing specialists,
# not personal financial advisors)
NEEDS_FALLBACK = {"13-1161.01": "13-1161.00", "19-2041.01": "19-2041.00", "15-1241.01": "15-1241.00",
                  "15-2041.00": "15-2051.00", "21-1022.00": "21-1021.00"}
NEEDS_UNLESS_EXACT = {"43-4081.00", "11-9151.00"}  # codes whose own O*NET titles keep them without the word
NEEDS_OF_MANAGERS = {"11-9151.00"}  # codes that need the word only of managers ("Program Coordinator" keeps it)

# A code that O*NET's words choose, and the code the title's place or trade says instead: a restaurant's shift
# manager supervises food work, not a store's; a farm's tractor driver runs farm machines; a hog farm's technician
# tends animals, not a vet's patients; a bakery's oven operator bakes (each pair: words, code)
FOOD_PLACES = set("""restaurant restaurants kitchen cafe coffee diner drive thru qsr dining food foods pizza pizzeria burger
burgers grill bistro cafeteria catering culinary taco tacos mcdonald mcdonalds starbucks chipotle kfc popeyes panera
arby arbys dunkin whataburger domino dominos starbuck""".split())
FARM_WORDS = set("""farm farms agricultural agriculture ag harvest harvesting crop crops orchard orchards ranch ranches
dairy vineyard vineyards grain cotton hay planting seeding livestock cattle feedlot""".split())
LIVESTOCK = set("""swine sow sows hog hogs pig pigs piglet farrowing poultry broiler broilers hatchery cattle dairy calf
calves heifer feedlot livestock herd herdsman barn gestation""".split())
VET_CARE = set("""veterinary veterinarian vet vets clinic hospital surgical surgery anesthesia dental emergency
patient patients pet pets""".split())
BAKING = set("bread breads bakery bakeries baking bake bun buns cookie cookies cracker crackers snack snacks tortilla "
             "tortillas cereal cake cakes pastry pastries food foods pizza".split())
GROCERY = set("retail retailer grocery groceries supermarket store stores market markets".split())  # food retail
AEROSPACE = set("""missile missiles aircraft aerospace satellite satellites spacecraft space flight avionics launch
rocket rockets propulsion airframe uav uas hypersonic""".split())
CAR_PLACES = set("""dealership dealerships dealer dealers auto automotive car cars vehicle vehicles collision tire tires lube
fleet truck trucks ford toyota honda chevrolet chevy nissan hyundai kia subaru bmw mercedes audi volkswagen vw jeep dodge
gmc buick cadillac lexus mazda tesla volvo acura infiniti""".split())
OFFICE_WORK = set("""office customer business administrative admin billing accounting clerical rental title warranty program
coordinator club""".split())
LODGING = set("hotel hotels resort resorts casino casinos inn motel lodge".split())
APPAREL = set("""apparel fashion garment garments knit knits knitwear footwear denim womens mens sportswear activewear
textile textiles swimwear outerwear""".split())
MEAT = set("meat meats poultry beef pork chicken turkey slaughter kill deboning evisceration carcass".split())
FOOD_PLANT = set("food foods dairy bakery meat poultry beverage beverages brewery snack snacks frozen".split())
HOSPITAL = set("hospital hospitals nhs ward wards patient patients clinical medical healthcare theatre theatres".split())
PLANT_WORDS = set("manufacturing plant plants factory production assembly fabrication foundry mill".split())
BUILDING_SITES = set("construction contractor contractors building buildings civil concrete jobsite".split())
RESIDENCES = set("apartment apartments residential residence residences condo condominium tenant tenants".split())
NOT_HOTEL_DESKS = set("""gym fitness club spa salon clinic office medical dental school apartment apartments residential
building dealership""".split())
COLLEGES = set("university universities college colleges graduate postsecondary campus".split())
MEDICAL_DEVICES = set("medical biomedical imaging device devices hospital clinical diagnostic diagnostics".split())
DISCIPLINES = set("electrical civil mechanical structural design development project construction".split())
NOT_ONE_RESTAURANT = GROCERY | set("""district area regional region multi operations operation manufacturing plant production
distribution processing warehouse supply logistics""".split())
SOFTWARE = set("software web frontend backend front back cloud data devops platform app apps".split())
BY_CONTEXT = {
    "41-1011.00": [(FOOD_PLACES, GROCERY, "35-1012.00")],  # "Shift Manager - Drive-Thru Restaurant"
    "53-7051.00": [(FARM_WORDS, set(), "45-2091.00")],  # "Tractor Driver - Harvest Season"
    "29-2056.00": [(LIVESTOCK, VET_CARE, "45-2093.00")],  # "Swine Technician - Farrowing Unit"
    "51-9051.00": [(BAKING, set(), "51-3091.00")],  # "Oven Operator - Bread Line"
    "15-1252.00": [(AEROSPACE, SOFTWARE, "17-2011.00")],  # "Systems Engineer - Missile Defense"
    "43-1011.00": [(CAR_PLACES, OFFICE_WORK, "49-1011.00")],  # "Service Manager - Ford": the technicians'
    "11-1021.00": [(FOOD_PLACES, NOT_ONE_RESTAURANT, "11-9051.00"),  # "General Manager - QSR"
                   (PLANT_WORDS, set(), "11-3051.00")],  # "Operations Manager - Manufacturing"
    "17-3013.00": [(APPAREL, set(), "27-1022.00")],  # "Technical Designer - Knits": a fashion designer
    "47-2073.00": [(FARM_WORDS, set(), "45-2091.00")],  # "Equipment Operator - Farm"
    "35-3023.00": [(FARM_WORDS, FOOD_PLACES, "45-2092.00")],  # "Harvest Crew Member": not a fast food crew's
    # a meat or poultry plant's line and production workers (BLS: slaughterers and meat packers); an oil field's
    # production operator tends wells
    **{c: [(MEAT, set(), "51-3023.00")] for c in ("51-9199.00", "51-9198.00")},
    "51-2092.00": [(MEAT, set(), "51-3023.00"), ({"oil", "wellhead", "well", "wells", "upstream", "lease"}, set(),
                                                  "53-7073.00")],
    "15-1244.00": [({"grid", "power", "electric", "transmission", "utility", "substation"}, {"network", "computer",
                                                                                             "it"}, "51-8012.00")],
    "17-3026.00": [(FOOD_PLANT, set(), "19-4013.00")],  # a food plant's QA technician: food science
    "39-6011.00": [(HOSPITAL, set(), "31-1132.00"),  # a hospital's porter moves patients (an orderly);
                   (RESIDENCES, set(), "37-2011.00")],  # an apartment building's cleans
    "33-3051.00": [({"security", "unarmed", "guard"}, {"police", "sheriff"}, "33-9032.00")],  # a guard firm's
    "43-4081.00": [(NOT_HOTEL_DESKS, {"hotel", "motel", "resort", "inn"}, "43-4171.00")],  # a gym's front desk
    "25-9042.00": [(COLLEGES, set(), "25-9044.00")],  # a university's teaching assistant: a graduate's
    "49-2011.00": [(MEDICAL_DEVICES, set(), "49-9062.00")],  # "Field Service Engineer - Medical Devices"
    "19-4021.00": [(FARM_WORDS, set(), "19-4012.00")],  # "Research Technician - Field Trials (Ag Research)"
    # a store's loss prevention staff (O*NET lists "Loss Prevention Associate" under private detectives too)
    "33-9021.00": [({"loss", "shrink", "store", "stores", "retail"}, {"private"}, "33-9099.02")],
    # a hotel's or a building's engineer maintains it; a builder's field engineer is a civil engineer
    "17-2071.00": [(LODGING, DISCIPLINES, "49-9071.00"),
                   (BUILDING_SITES, {"electrical", "power", "electric"}, "17-2051.00")],
    "17-2051.00": [(LODGING, DISCIPLINES, "49-9071.00")],
    "17-2141.00": [(LODGING, DISCIPLINES, "49-9071.00")],
}
